create schema if not exists geo;

create table geo.area (
    id           uuid primary key,
    workspace_id uuid not null,
    type         text not null check (type in ('MUNICIPALITY', 'DISTRICT', 'EST_AREA', 'VULNERABLE_AREA',
                                               'SURVEY_AREA', 'CUSTOM')),
    name         text not null,
    code         text,
    parent_id    uuid references geo.area (id),
    valid_from   date not null,
    valid_to     date,
    geojson      text not null,
    min_lat      double precision not null,
    max_lat      double precision not null,
    min_lon      double precision not null,
    max_lon      double precision not null,
    centroid_lat double precision not null,
    centroid_lon double precision not null,
    centroid_sweref_e double precision not null,
    centroid_sweref_n double precision not null,
    centroid_h3_r7 bigint not null,
    area_km2     double precision not null,
    source       text,
    import_id    uuid,
    created_at   timestamp with time zone not null,
    version      bigint not null
);
create index area_workspace_idx on geo.area (workspace_id, type);
create index area_bbox_idx on geo.area (min_lat, max_lat, min_lon, max_lon);

create table geo.area_import (
    id           uuid primary key,
    workspace_id uuid not null,
    file_name    text not null,
    sha256       text not null,
    feature_count integer not null,
    area_type    text not null,
    imported_by  uuid not null,
    imported_at  timestamp with time zone not null
);
create unique index area_import_file_uq on geo.area_import (workspace_id, sha256, area_type);
