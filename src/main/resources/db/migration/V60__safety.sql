-- Safety: side effects and adverse events, post-procedure check-ins, red-flag alerts.
create table adverse_event (
    id                 uuid primary key,
    patient_id         uuid not null references patient (id),
    clinic_id          uuid not null references clinic (id),
    plan_id            uuid,
    procedure_note_id  uuid,
    catalogue_code     varchar(40)  not null,
    description        varchar(1000),
    severity           varchar(20)  not null check (severity in ('MILD', 'MODERATE', 'SEVERE', 'LIFE_THREATENING')),
    serious            boolean not null,
    relatedness        varchar(20)  not null check (relatedness in ('RELATED', 'PROBABLE', 'POSSIBLE', 'UNLIKELY', 'NOT_RELATED')),
    onset_on           date not null,
    resolved_on        date,
    knowledge_version  varchar(120) not null,
    voided_at          timestamp with time zone,
    voided_by          varchar(100),
    void_reason        varchar(300),
    created_at         timestamp with time zone not null,
    created_by         varchar(100) not null,
    changed_at         timestamp with time zone not null,
    changed_by         varchar(100) not null,
    constraint adverse_event_resolution check (resolved_on is null or resolved_on >= onset_on)
);
create index adverse_event_patient_ix on adverse_event (patient_id, onset_on);

create table safety_checkin (
    id                 uuid primary key,
    patient_id         uuid not null references patient (id),
    clinic_id          uuid not null references clinic (id),
    provider_id        uuid,
    plan_id            uuid,
    procedure_note_id  uuid not null,
    session_number     integer not null,
    label              varchar(20)  not null,
    due_at             timestamp with time zone not null,
    link_sent_at       timestamp with time zone,
    status             varchar(10)  not null check (status in ('OPEN', 'SUBMITTED')),
    submitted_at       timestamp with time zone,
    symptoms           varchar(1000),
    red_flags          varchar(500),
    pain_now           integer check (pain_now between 0 and 10),
    comment            varchar(2000),
    knowledge_version  varchar(120) not null,
    created_at         timestamp with time zone not null,
    created_by         varchar(100) not null,
    changed_at         timestamp with time zone not null,
    changed_by         varchar(100) not null,
    constraint safety_checkin_once unique (procedure_note_id, label)
);
create index safety_checkin_due_ix on safety_checkin (status, due_at);
create index safety_checkin_patient_ix on safety_checkin (patient_id);

create table safety_alert (
    id                  uuid primary key,
    checkin_id          uuid not null unique references safety_checkin (id),
    patient_id          uuid not null references patient (id),
    clinic_id           uuid not null references clinic (id),
    provider_id         uuid,
    red_flags           varchar(500) not null,
    raised_at           timestamp with time zone not null,
    state               varchar(15)  not null check (state in ('OPEN', 'ACKNOWLEDGED')),
    acknowledged_by     varchar(100),
    acknowledged_name   varchar(200),
    acknowledged_at     timestamp with time zone,
    acknowledgement     varchar(1000),
    escalated_at        timestamp with time zone,
    created_at          timestamp with time zone not null,
    created_by          varchar(100) not null,
    changed_at          timestamp with time zone not null,
    changed_by          varchar(100) not null,
    constraint safety_alert_ack check (state <> 'ACKNOWLEDGED'
        or (acknowledged_by is not null and acknowledged_at is not null and acknowledgement is not null))
);
create index safety_alert_clinic_ix on safety_alert (clinic_id, state, raised_at);
