-- The citizen channel (anonymous "otrygg plats" marks) is off until the coordinator turns it on.
alter table incident.settings add column citizen_channel boolean not null default false;
