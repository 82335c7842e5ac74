create schema if not exists access;

create table access.user_account (
    id              uuid primary key,
    email           text not null,
    display_name    text not null,
    password_hash   text,
    organisation_id uuid not null,
    system_admin    boolean not null,
    active          boolean not null,
    oidc_subject    text,
    failed_logins   integer not null,
    locked_until    timestamp with time zone,
    last_login_at   timestamp with time zone,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null
);
create unique index user_account_email_uq on access.user_account (email);
create unique index user_account_oidc_subject_uq on access.user_account (oidc_subject);

create table access.membership (
    id              uuid primary key,
    user_id         uuid not null references access.user_account (id),
    workspace_id    uuid not null,
    organisation_id uuid not null,
    role            text not null check (role in ('ADMIN', 'COORDINATOR', 'MUNICIPAL_POLICE', 'ANALYST', 'REPORTER',
                                                  'READER', 'DECISION_MAKER')),
    district_id     uuid,
    created_at      timestamp with time zone not null
);
create index membership_user_idx on access.membership (user_id);
create unique index membership_uq on access.membership (user_id, workspace_id, organisation_id, role);

create table access.api_token (
    id           uuid primary key,
    user_id      uuid not null references access.user_account (id),
    name         text not null,
    token_hash   text not null,
    token_prefix text not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
create unique index api_token_hash_uq on access.api_token (token_hash);
