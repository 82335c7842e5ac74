-- The categories the trygghetsråd decided to follow, valid for a period, and the Brå and police names that belong to each.
create table statistics.council_category (
    id           uuid primary key,
    workspace_id uuid not null,
    code         text not null,
    name         text not null,
    valid_from   date not null,
    valid_to     date,
    created_at   timestamp with time zone not null
);
create unique index council_category_code_uq on statistics.council_category (workspace_id, code, valid_from);

create table statistics.category_mapping (
    id                  uuid primary key,
    workspace_id        uuid not null,
    council_category_id uuid not null references statistics.council_category (id),
    source              text not null check (source in ('POLICE', 'BRA')),
    source_name         text not null,
    source_key          text not null
);
create unique index category_mapping_uq on statistics.category_mapping (workspace_id, council_category_id, source, source_key);
create index category_mapping_lookup_idx on statistics.category_mapping (workspace_id, source, source_key);
