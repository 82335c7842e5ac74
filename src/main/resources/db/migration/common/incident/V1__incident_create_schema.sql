create schema if not exists incident;

-- A category keeps its id for life; every edit adds a category_version row, retiring sets retired_at. Never deleted.
create table incident.category (
    id           uuid primary key,
    workspace_id uuid not null,
    code         text not null,
    parent_code  text,
    position     integer not null,
    current_version integer not null,
    retired_at   timestamp with time zone,
    created_at   timestamp with time zone not null
);
create unique index category_code_uq on incident.category (workspace_id, code);

create table incident.category_version (
    category_id  uuid not null references incident.category (id),
    version      integer not null,
    name         text not null,
    description  text,
    common_code  text not null,
    created_at   timestamp with time zone not null,
    created_by   uuid,
    primary key (category_id, version)
);

create table incident.settings (
    workspace_id uuid primary key,
    duplicate_radius_m integer not null,
    duplicate_days integer not null,
    version      bigint not null
);

-- One send from a reporter: one or more observations. The key makes a double submit return the first result.
create table incident.submission (
    id             uuid primary key,
    workspace_id   uuid not null,
    reporter_id    uuid not null,
    submission_key text not null,
    channel        text not null,
    submitted_at   timestamp with time zone not null
);
create unique index submission_key_uq on incident.submission (workspace_id, reporter_id, submission_key);

create sequence incident.report_number_seq;

create table incident.problem (
    id           uuid primary key,
    workspace_id uuid not null,
    created_at   timestamp with time zone not null,
    created_by   uuid not null
);

create table incident.report (
    id             uuid primary key,
    reference      text not null,
    workspace_id   uuid not null,
    submission_id  uuid not null references incident.submission (id),
    reporter_id    uuid not null,
    submitted_at   timestamp with time zone not null,
    status         text not null check (status in ('SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'NEEDS_INFO', 'REDACTED',
                                                   'DUPLICATE', 'REJECTED', 'CLOSED')),
    lat            double precision,
    lon            double precision,
    sweref_e       double precision,
    sweref_n       double precision,
    h3_r7          bigint,
    h3_r9          bigint,
    place_text     text,
    place_type     text not null,
    occurred_start timestamp with time zone not null,
    occurred_end   timestamp with time zone not null,
    time_accuracy  text not null check (time_accuracy in ('EXACT', 'HOUR', 'PART_OF_DAY', 'DAY', 'WEEK')),
    description    text not null,
    assessment     text not null,
    persons_count  integer,
    age_group      text,
    police_notified text not null,
    others_notified text,
    -- Free text as typed, kept only when screening found personal data; readable by coordinators, every view audited.
    original_description text,
    original_place_text  text,
    personal_data_kinds  text,
    redaction_reason     text,
    problem_id     uuid references incident.problem (id),
    updated_at     timestamp with time zone not null,
    version        bigint not null
);
create unique index report_reference_uq on incident.report (reference);
create index report_workspace_idx on incident.report (workspace_id, submitted_at);
create index report_reporter_idx on incident.report (reporter_id, submitted_at);
create index report_place_idx on incident.report (workspace_id, sweref_e, sweref_n);

create table incident.report_category (
    report_id        uuid not null references incident.report (id),
    category_id      uuid not null references incident.category (id),
    category_version integer not null,
    primary key (report_id, category_id)
);

create table incident.report_area (
    report_id uuid not null references incident.report (id),
    area_id   uuid not null,
    primary key (report_id, area_id)
);
create index report_area_area_idx on incident.report_area (area_id);

-- What happened to a report, shown on its detail page; notes are written by staff, never copied from report text.
create table incident.report_event (
    id          uuid primary key,
    report_id   uuid not null references incident.report (id),
    occurred_at timestamp with time zone not null,
    actor_id    uuid not null,
    kind        text not null,
    from_status text,
    to_status   text,
    note        text
);
create index report_event_report_idx on incident.report_event (report_id, occurred_at);

create table incident.feedback (
    id          uuid primary key,
    report_id   uuid not null references incident.report (id),
    text        text not null,
    written_at  timestamp with time zone not null,
    written_by  uuid not null,
    mailed_at   timestamp with time zone
);
create index feedback_report_idx on incident.feedback (report_id);

create table incident.nil_return (
    id           uuid primary key,
    workspace_id uuid not null,
    reporter_id  uuid not null,
    iso_year     integer not null,
    iso_week     integer not null,
    area_ids     text,
    declared_at  timestamp with time zone not null
);
create unique index nil_return_week_uq on incident.nil_return (workspace_id, reporter_id, iso_year, iso_week);
