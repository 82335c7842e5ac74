-- Weekly area status (DOMAIN.md §5.5): a configurable ordinal scale per workspace and ratings per area and ISO week,
-- one per organisation plus the group's consensus (organisation_key = 'CONSENSUS').
create table incident.status_level (
    workspace_id uuid not null,
    level        integer not null,
    label        text not null,
    colour       text not null,
    primary key (workspace_id, level)
);

create table incident.area_status (
    id               uuid primary key,
    workspace_id     uuid not null,
    area_id          uuid not null,
    iso_year         integer not null,
    iso_week         integer not null,
    organisation_key text not null,
    level            integer not null,
    trend            text not null check (trend in ('IMPROVING', 'UNCHANGED', 'WORSENING')),
    motivation       text,
    rated_at         timestamp with time zone not null,
    rated_by         uuid not null
);
create unique index area_status_uq on incident.area_status (workspace_id, area_id, iso_year, iso_week, organisation_key);
