-- Kommuner a lokalpolisområde serves (e.g. LPO Kävlinge: Kävlinge, Lomma, Burlöv, Staffanstorp). Keyed by SCB kommunkod so
-- a served kommun need not be registered as an organisation yet.
create table organisation.served_municipality (
    organisation_id   uuid not null references organisation.organisation (id),
    municipality_code text not null,
    primary key (organisation_id, municipality_code)
);
create index served_municipality_code_idx on organisation.served_municipality (municipality_code);
