-- Treatment series (course of care): protocol, planned sessions, interval window, stop rules, status.
-- Series are never deleted: they end as completed or stopped with a reason.
create table treatment_plan (
    id                          uuid primary key,
    patient_id                  uuid not null references patient (id),
    clinic_id                   uuid not null references clinic (id),
    provider_id                 uuid references provider (id),
    indication_code             varchar(20)  not null,
    indication_display          varchar(200) not null,
    protocol_id                 varchar(80)  not null,
    protocol_name               varchar(200) not null,
    status                      varchar(12)  not null check (status in ('DRAFT', 'ACTIVE', 'COMPLETED', 'STOPPED', 'MAINTENANCE')),
    planned_sessions            integer not null check (planned_sessions > 0),
    interval_min_days           integer not null check (interval_min_days > 0),
    interval_max_days           integer not null,
    combined_therapies          varchar(500) not null default '',
    agents                      varchar(500) not null default '',
    goal_improvement_percent    integer not null,
    non_responder_after_sessions integer not null,
    stop_reason                 varchar(30) check (stop_reason in ('GOAL_REACHED', 'NON_RESPONDER', 'ADVERSE_EVENT', 'PATIENT_CHOICE', 'NEW_CONTRAINDICATION', 'OTHER')),
    stop_note                   varchar(1000),
    activated_at                timestamp with time zone,
    ended_at                    timestamp with time zone,
    knowledge_version           varchar(60) not null,
    version                     integer not null default 0,
    created_at                  timestamp with time zone not null,
    created_by                  varchar(100) not null,
    changed_at                  timestamp with time zone not null,
    changed_by                  varchar(100) not null,
    constraint treatment_plan_window check (interval_max_days >= interval_min_days)
);
create index treatment_plan_patient_ix on treatment_plan (patient_id);
create index treatment_plan_clinic_status_ix on treatment_plan (clinic_id, status);

create table treatment_plan_target (
    id                  uuid primary key,
    plan_id             uuid not null references treatment_plan (id),
    position            integer not null,
    site_id             varchar(60)  not null,
    site_name           varchar(200) not null,
    region              varchar(40)  not null,
    structure_kind      varchar(30)  not null,
    laterality          varchar(10) check (laterality in ('LEFT', 'RIGHT', 'BILATERAL', 'MIDLINE')),
    intra_articular     boolean not null,
    guidance            varchar(12) not null check (guidance in ('ULTRASOUND', 'FLUOROSCOPY', 'LANDMARK')),
    volume_ml           numeric(5, 1),
    dextrose_percent    numeric(4, 1),
    created_at          timestamp with time zone not null,
    created_by          varchar(100) not null,
    changed_at          timestamp with time zone not null,
    changed_by          varchar(100) not null,
    unique (plan_id, position)
);

-- Sessions counted against a series: one row per signed procedure note (idempotent on redelivery).
create table treatment_plan_session (
    note_id             uuid primary key,
    plan_id             uuid not null references treatment_plan (id),
    session_number      integer not null,
    performed_on        date not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(100) not null,
    changed_at          timestamp with time zone not null,
    changed_by          varchar(100) not null
);
create index treatment_plan_session_plan_ix on treatment_plan_session (plan_id);
