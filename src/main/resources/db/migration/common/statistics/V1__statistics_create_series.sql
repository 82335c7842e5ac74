create schema if not exists statistics;

-- One indicator time series: what is counted (source, category, measure), where (area or whole kommun) and how often.
create table statistics.series (
    id                uuid primary key,
    workspace_id      uuid not null,
    series_key        text not null,
    source            text not null check (source in ('POLICE', 'BRA', 'SURVEY', 'OTHER')),
    category_code     text not null,
    category_label    text not null,
    measure           text not null check (measure in ('COUNT', 'RATE_PER_100K', 'RATE_PER_1000', 'INDEX_0_6', 'PERCENT',
                                                   'MEAN', 'AMOUNT')),
    unit              text not null,
    granularity       text not null check (granularity in ('MONTH', 'TERTIAL', 'YEAR')),
    area_level        text not null check (area_level in ('NATIONAL', 'MUNICIPALITY', 'AREA', 'REGION')),
    municipality_code text,
    area_id           uuid,
    area_name         text not null,
    lower_is_better   boolean not null,
    created_at        timestamp with time zone not null
);
create unique index series_key_uq on statistics.series (workspace_id, series_key);
create index series_workspace_idx on statistics.series (workspace_id, source, category_code);

create table statistics.series_value (
    series_id    uuid not null references statistics.series (id),
    period_start date not null,
    amount       double precision not null,
    denominator  double precision,
    preliminary  boolean not null,
    import_id    uuid not null,
    primary key (series_id, period_start)
);
create index series_value_import_idx on statistics.series_value (import_id);

-- Every import of a file, for the import log and for recognising a file imported before (sha256).
create table statistics.import_log (
    id           uuid primary key,
    workspace_id uuid not null,
    kind         text not null,
    file_name    text not null,
    sha256       text not null,
    period_from  date,
    period_to    date,
    row_count    integer not null,
    value_count  integer not null,
    replaced_count integer not null,
    imported_by  uuid not null,
    imported_at  timestamp with time zone not null
);
create unique index import_log_file_uq on statistics.import_log (workspace_id, kind, sha256);
