-- Adoption by a governance body of the agreement module; goals on EST report counts of the incident module.
alter table actionplan.plan add column governance_body_id uuid;
alter table actionplan.plan_snapshot add column governance_body_id uuid;
alter table actionplan.goal add column est_category text;
alter table actionplan.goal add column est_area_id uuid;
