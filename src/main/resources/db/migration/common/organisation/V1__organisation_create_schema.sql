create schema if not exists organisation;

create table organisation.organisation (
    id          uuid primary key,
    name        text not null,
    type        text not null check (type in ('MUNICIPALITY', 'LOCAL_POLICE_AREA', 'POLICE_REGION', 'ADMINISTRATION',
                                              'DISTRICT_ADMINISTRATION', 'MUNICIPAL_COMPANY', 'PARTNER')),
    partner_kind text,
    municipality_code text,
    org_number  text,
    parent_id   uuid references organisation.organisation (id),
    active      boolean not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null
);
create unique index organisation_municipality_code_uq on organisation.organisation (municipality_code);
create unique index organisation_name_uq on organisation.organisation (name);

create table organisation.workspace (
    id                uuid primary key,
    name              text not null,
    municipality_code text not null,
    municipality_id   uuid not null references organisation.organisation (id),
    created_at        timestamp with time zone not null,
    version           bigint not null
);
create unique index workspace_municipality_code_uq on organisation.workspace (municipality_code);

create table organisation.workspace_grant (
    workspace_id    uuid not null references organisation.workspace (id),
    organisation_id uuid not null references organisation.organisation (id),
    granted_at      timestamp with time zone not null,
    primary key (workspace_id, organisation_id)
);
