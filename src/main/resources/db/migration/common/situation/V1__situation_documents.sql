create schema if not exists situation;

-- Lägesbild documents. One row per version; versions of the same document share series_id. The data section
-- (a SituationPicture as JSON) is frozen when the version is created and never updated; "regenerate" adds a version.
create table situation.document (
    id             uuid primary key,
    workspace_id   uuid not null,
    series_id      uuid not null,
    version_no     integer not null,
    doc_type       text not null check (doc_type in ('WEEKLY', 'MONTHLY', 'TERTIAL', 'QUARTERLY', 'ANNUAL', 'STATUTORY',
                                                     'JOINT', 'IN_DEPTH')),
    title          text not null,
    period_kind    text not null,
    period_first   date not null,
    period_last    date not null,
    area_ids       text not null,
    category_codes text not null,
    data_json      text not null,
    computed_at    timestamp with time zone not null,
    mapping        text,
    other_info     text,
    analysis       text,
    conclusions    text,
    sources_json   text not null,
    status         text not null check (status in ('DRAFT', 'REVIEW', 'APPROVED', 'PUBLISHED')),
    body_id        uuid,
    body_name      text,
    decided_on     date,
    paragraph      text,
    published_on   date,
    lock_version   integer not null,
    created_by     uuid,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint document_version_uq unique (series_id, version_no)
);
create index document_ws_idx on situation.document (workspace_id, doc_type, status);
