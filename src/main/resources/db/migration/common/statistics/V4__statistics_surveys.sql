-- Safety surveys: a programme (Polisens trygghetsmätning Syd, the kommun's own …) runs rounds; each round gives results
-- per indicator and area. Results also land in statistics.series (source SURVEY) for charts and goals.
create table statistics.survey_programme (
    id           uuid primary key,
    workspace_id uuid not null,
    name         text not null,
    created_at   timestamp with time zone not null
);
create unique index survey_programme_uq on statistics.survey_programme (workspace_id, name);

create table statistics.survey_round (
    id            uuid primary key,
    workspace_id  uuid not null,
    programme_id  uuid not null references statistics.survey_programme (id),
    survey_year   integer,
    field_start   date,
    field_end     date,
    sample_size   integer,
    responses     integer,
    response_rate double precision,
    created_at    timestamp with time zone not null
);
create index survey_round_programme_idx on statistics.survey_round (programme_id, survey_year);

create table statistics.survey_cost_share (
    round_id      uuid not null references statistics.survey_round (id),
    party         text not null,
    share_percent double precision not null,
    primary key (round_id, party)
);

create table statistics.survey_indicator (
    id              uuid primary key,
    workspace_id    uuid not null,
    code            text not null,
    label           text not null,
    measure         text not null,
    lower_is_better boolean not null
);
create unique index survey_indicator_uq on statistics.survey_indicator (workspace_id, code);

create table statistics.survey_result (
    id           uuid primary key,
    workspace_id uuid not null,
    round_id     uuid not null references statistics.survey_round (id),
    indicator_id uuid not null references statistics.survey_indicator (id),
    area_name    text not null,
    area_level   text not null,
    breakdown    text,
    amount       double precision not null,
    source_url   text,
    quote        text,
    import_id    uuid not null
);
create index survey_result_round_idx on statistics.survey_result (round_id, indicator_id);

create table statistics.survey_area (
    id           uuid primary key,
    workspace_id uuid not null,
    programme_id uuid not null references statistics.survey_programme (id),
    name         text not null,
    source_url   text,
    import_id    uuid not null
);
