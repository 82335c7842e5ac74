-- Photos are stored re-encoded (no EXIF/GPS or other metadata); only JPEG and PNG are accepted.
create table incident.photo (
    id           uuid primary key,
    report_id    uuid not null references incident.report (id),
    content_type text not null check (content_type in ('image/jpeg', 'image/png')),
    width        integer not null,
    height       integer not null,
    size_bytes   integer not null,
    data         bytea not null,
    created_at   timestamp with time zone not null
);
create index photo_report_idx on incident.photo (report_id);
