create schema if not exists policeevents;

-- Public event notices from polisen.se, stored once for all workspaces. lat/lon is the API's fixed centroid of the
-- kommun or län in location_name, never the place of the event.
create table policeevents.event (
    id                bigint primary key,
    published_at      timestamp with time zone not null,
    name              text not null,
    summary           text not null,
    url               text not null,
    type              text not null,
    location_name     text not null,
    lat               double precision,
    lon               double precision,
    gps_precision     text not null check (gps_precision in ('MUNICIPALITY', 'COUNTY')),
    municipality_code text,
    content_hash      text not null,
    imported_at       timestamp with time zone not null
);
create index event_municipality_idx on policeevents.event (municipality_code, published_at);
