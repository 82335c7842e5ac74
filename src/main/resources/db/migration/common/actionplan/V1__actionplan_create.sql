create schema if not exists actionplan;

-- Fokusområde / problem: what the trygghetsråd chose to work on for a period.
create table actionplan.problem (
    id                  uuid primary key,
    workspace_id        uuid not null,
    title               text not null,
    description         text,
    period_from         date not null,
    period_to           date not null,
    priority            integer not null,
    source_situation_id uuid,
    created_at          timestamp with time zone not null
);
create index problem_ws_idx on actionplan.problem (workspace_id, period_from);

create table actionplan.problem_area (
    problem_id uuid not null references actionplan.problem (id),
    area_id    uuid not null,
    primary key (problem_id, area_id)
);

-- Kommunala styrdokument the problem relates to.
create table actionplan.steering_document (
    id         uuid primary key,
    problem_id uuid not null references actionplan.problem (id),
    title      text not null,
    url        text
);

create table actionplan.cause_analysis (
    problem_id   uuid primary key references actionplan.problem (id),
    workspace_id uuid not null,
    method       text not null,
    place        text,
    victim       text,
    offender     text,
    participants text,
    analysed_on  date
);

create table actionplan.cause (
    id           uuid primary key,
    workspace_id uuid not null,
    problem_id   uuid not null references actionplan.problem (id),
    number       integer not null,
    perspective  text not null,
    description  text not null,
    evidence     text,
    confidence   text not null
);
create unique index cause_number_uq on actionplan.cause (problem_id, number);

create table actionplan.plan (
    id           uuid primary key,
    workspace_id uuid not null,
    title        text not null,
    period_from  date not null,
    period_to    date not null,
    version      bigint not null,
    revision     integer not null,
    adopted_by   text,
    adopted_on   date,
    paragraf     text,
    created_at   timestamp with time zone not null
);
create index plan_ws_idx on actionplan.plan (workspace_id);

create table actionplan.measure (
    id              uuid primary key,
    workspace_id    uuid not null,
    plan_id         uuid not null references actionplan.plan (id),
    title           text not null,
    kind            text not null,
    horizon         text not null,
    ordinary_work   boolean not null,
    partners        text,
    start_date      date not null,
    due_date        date not null,
    sort_order      integer not null,
    budget          numeric(14, 2),
    financing       text,
    responsible_org uuid not null,
    contact_name    text not null,
    contact_email   text not null,
    affects_children boolean not null,
    child_assessment text,
    child_reason    text,
    version         bigint not null
);
create index measure_plan_idx on actionplan.measure (plan_id, sort_order);

create table actionplan.measure_cause (
    measure_id uuid not null references actionplan.measure (id),
    cause_id   uuid not null references actionplan.cause (id),
    primary key (measure_id, cause_id)
);

create table actionplan.goal (
    id              uuid primary key,
    workspace_id    uuid not null,
    plan_id         uuid not null references actionplan.plan (id),
    measure_id      uuid references actionplan.measure (id),
    kind            text not null,
    text            text not null,
    series_id       uuid,
    baseline_from   date,
    baseline_to     date,
    target_change_percent double precision,
    target_value    double precision,
    target_date     date
);
create index goal_plan_idx on actionplan.goal (plan_id);

-- Frozen adopted versions and the history of what changed afterwards and why.
create table actionplan.plan_snapshot (
    plan_id    uuid not null references actionplan.plan (id),
    revision   integer not null,
    content    text not null,
    adopted_by text not null,
    adopted_on date not null,
    paragraf   text,
    created_at timestamp with time zone not null,
    primary key (plan_id, revision)
);

create table actionplan.plan_change (
    id         uuid primary key,
    plan_id    uuid not null references actionplan.plan (id),
    changed_at timestamp with time zone not null,
    changed_by uuid not null,
    what       text not null,
    reason     text
);
create index plan_change_plan_idx on actionplan.plan_change (plan_id, changed_at);

create table actionplan.follow_up (
    id           uuid primary key,
    workspace_id uuid not null,
    measure_id   uuid not null references actionplan.measure (id),
    reported_on  date not null,
    status       text not null,
    narrative    text,
    reported_by  uuid not null,
    created_at   timestamp with time zone not null
);
create index follow_up_measure_idx on actionplan.follow_up (measure_id, reported_on);

create table actionplan.settings (
    workspace_id uuid primary key,
    status_scale text not null
);
