-- An uploaded file on its way in: checked in the background, previewed, then imported in the background. Kept in the
-- database so a reload (or another browser) shows the same job and its progress.
create table statistics.import_job (
    id               uuid primary key,
    workspace_id     uuid not null,
    kind             text not null,
    file_name        text not null,
    sha256           text not null,
    content          bytea,
    status           text not null check (status in ('CHECKING', 'READY', 'REJECTED', 'RUNNING', 'DONE', 'FAILED')),
    phase            text,
    processed_rows   integer not null,
    total_rows       integer not null,
    problem_count    integer not null,
    detected         text,
    header           text,
    preview          text,
    already_imported boolean not null,
    import_id        uuid,
    value_count      integer not null,
    replaced_count   integer not null,
    created_by       uuid not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);
create index import_job_workspace_idx on statistics.import_job (workspace_id, created_at);

create table statistics.import_job_problem (
    job_id      uuid not null references statistics.import_job (id) on delete cascade,
    ordinal     integer not null,
    row_number  integer not null,
    column_name text,
    message_key text not null,
    arguments   text not null,
    primary key (job_id, ordinal)
);

-- Which column of the workspace's files holds what; remembered from the last import of that kind.
create table statistics.column_mapping (
    workspace_id uuid not null,
    kind         text not null,
    field        text not null,
    header       text not null,
    primary key (workspace_id, kind, field)
);
