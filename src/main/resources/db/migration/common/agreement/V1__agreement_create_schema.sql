create schema if not exists agreement;

-- Styrande och beredande organ: a tree per workspace. Never deleted once it adopted something; retired instead.
create table agreement.governance_body (
    id              uuid primary key,
    workspace_id    uuid not null,
    parent_id       uuid references agreement.governance_body (id),
    name            text not null,
    kind            text not null check (kind in ('MUNICIPAL_BOARD', 'COMMITTEE', 'STEERING_GROUP', 'PREPARATION_GROUP',
                                                  'SAFETY_COUNCIL', 'OPERATIONAL_GROUP', 'LOCAL_STEERING_GROUP',
                                                  'WORKING_GROUP', 'OTHER')),
    mandate         text,
    meeting_cadence text,
    retired_on      date,
    created_at      timestamp with time zone not null
);
create index governance_body_ws_idx on agreement.governance_body (workspace_id);

create table agreement.body_member (
    id                uuid primary key,
    body_id           uuid not null references agreement.governance_body (id),
    person_name       text not null,
    organisation_name text,
    member_role       text not null check (member_role in ('CHAIR', 'SECRETARY', 'MEMBER', 'ADJUNCT')),
    position          integer not null
);
create index body_member_body_idx on agreement.body_member (body_id);

-- Samverkansöverenskommelse: identity, parties and lineage. The content lives in agreement_version.
create table agreement.agreement (
    id              uuid primary key,
    workspace_id    uuid not null,
    level           text not null check (level in ('FRAMEWORK', 'LOCAL')),
    parent_id       uuid references agreement.agreement (id),
    replaces_id     uuid references agreement.agreement (id),
    current_version integer not null,
    created_at      timestamp with time zone not null,
    created_by      uuid
);
create index agreement_ws_idx on agreement.agreement (workspace_id);

create table agreement.agreement_party (
    agreement_id    uuid not null references agreement.agreement (id),
    organisation_id uuid not null,
    primary key (agreement_id, organisation_id)
);

-- One version of the text. Editing an adopted version starts the next version; earlier versions stay as history.
create table agreement.agreement_version (
    agreement_id     uuid not null references agreement.agreement (id),
    version_no       integer not null,
    status           text not null check (status in ('DRAFT', 'IN_REFERRAL', 'UNDER_REVISION', 'PENDING_DECISION',
                                                     'ADOPTED', 'SIGNED', 'ACTIVE', 'TERMINATED', 'SUPERSEDED')),
    title            text not null,
    valid_from       date not null,
    valid_to         date not null,
    introduction     text,
    purpose          text,
    goals            text,
    organisation_text text,
    follow_up        text,
    change_note      text,
    adopted_by_body  uuid references agreement.governance_body (id),
    adopted_on       date,
    decision_ref     text,
    status_changed_at timestamp with time zone not null,
    created_at       timestamp with time zone not null,
    primary key (agreement_id, version_no)
);

-- Focus areas (with their målsättning) and further text sections of a version, in order.
create table agreement.version_section (
    id           uuid primary key,
    agreement_id uuid not null,
    version_no   integer not null,
    kind         text not null check (kind in ('FOCUS_AREA', 'SECTION')),
    position     integer not null,
    title        text not null,
    body         text,
    goal         text,
    foreign key (agreement_id, version_no) references agreement.agreement_version (agreement_id, version_no)
);
create index version_section_idx on agreement.version_section (agreement_id, version_no);

create table agreement.annex (
    id           uuid primary key,
    agreement_id uuid not null,
    version_no   integer not null,
    kind         text not null check (kind in ('SITUATION_PICTURE', 'ACTION_PLAN', 'CITIZEN_PROMISES',
                                               'COMMUNICATION_PLAN', 'AGREEMENT_TEXT', 'OTHER')),
    position     integer not null,
    title        text not null,
    body         text,
    file_name    text,
    content_type text,
    data         bytea,
    foreign key (agreement_id, version_no) references agreement.agreement_version (agreement_id, version_no)
);
create index annex_idx on agreement.annex (agreement_id, version_no);

-- Kommunala styrdokument the agreement links to, each with its own period.
create table agreement.steering_document (
    id           uuid primary key,
    agreement_id uuid not null,
    version_no   integer not null,
    position     integer not null,
    title        text not null,
    adopted_note text,
    valid_from   date,
    valid_to     date,
    foreign key (agreement_id, version_no) references agreement.agreement_version (agreement_id, version_no)
);
create index steering_document_idx on agreement.steering_document (agreement_id, version_no);

create table agreement.signatory (
    id              uuid primary key,
    agreement_id    uuid not null,
    version_no      integer not null,
    position        integer not null,
    person_name     text not null,
    function_title  text not null,
    organisation_id uuid,
    place           text,
    signed_on       date,
    foreign key (agreement_id, version_no) references agreement.agreement_version (agreement_id, version_no)
);
create index signatory_idx on agreement.signatory (agreement_id, version_no);

-- Referral (remiss) of one agreement version: recipients and, on the same row, their reply.
create table agreement.referral_round (
    id            uuid primary key,
    workspace_id  uuid not null,
    agreement_id  uuid not null,
    version_no    integer not null,
    title         text not null,
    sent_on       date not null,
    deadline      date not null,
    status        text not null check (status in ('SENT', 'CLOSED')),
    compilation   text,
    closed_on     date,
    created_at    timestamp with time zone not null,
    foreign key (agreement_id, version_no) references agreement.agreement_version (agreement_id, version_no)
);
create index referral_round_idx on agreement.referral_round (workspace_id, agreement_id);

create table agreement.referral_recipient (
    id              uuid primary key,
    round_id        uuid not null references agreement.referral_round (id),
    position        integer not null,
    name            text not null,
    organisation_id uuid,
    email           text,
    reminded_at     timestamp with time zone,
    reply_position  text check (reply_position in ('SUPPORTS', 'SUPPORTS_WITH_COMMENTS', 'OPPOSES', 'ABSTAINS')),
    reply_on        date,
    reply_ref       text,
    reply_text      text,
    file_name       text,
    content_type    text,
    data            bytea,
    resulting_change text
);
create index referral_recipient_idx on agreement.referral_recipient (round_id);

-- Compliance items the coordinator records by hand while lägesbild and åtgärdsplan have no module of their own.
create table agreement.compliance_record (
    id           uuid primary key,
    workspace_id uuid not null,
    item         text not null,
    done_on      date not null,
    note         text,
    recorded_by  uuid,
    recorded_at  timestamp with time zone not null
);
create index compliance_record_idx on agreement.compliance_record (workspace_id, item);
