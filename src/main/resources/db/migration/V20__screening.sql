-- Screening results: the verdict, the knowledge version it was made with, its findings and the clinician's decision.
-- Results are never deleted; a change to the patient's facts marks earlier ones stale.
create table screening (
    id                  uuid primary key,
    patient_id          uuid not null references patient (id),
    planned_course      varchar(4000) not null,
    verdict             varchar(20)  not null check (verdict in ('CONTRAINDICATED', 'NOT_INDICATED', 'CAUTION', 'ELIGIBLE')),
    knowledge_version   varchar(80)  not null,
    indications         varchar(20000) not null,
    stale               boolean not null default false,
    stale_since         timestamp with time zone,
    stale_reason        varchar(200),
    decision            varchar(20) check (decision in ('PROCEED', 'DO_NOT_PROCEED')),
    decision_reason     varchar(2000),
    decided_at          timestamp with time zone,
    decided_by          varchar(100),
    version             integer not null default 0,
    created_at          timestamp with time zone not null,
    created_by          varchar(100) not null,
    changed_at          timestamp with time zone not null,
    changed_by          varchar(100) not null,
    constraint screening_decision_complete check ((decision is null) = (decided_at is null))
);
create index screening_patient_ix on screening (patient_id, created_at);

create table screening_finding (
    id              uuid primary key,
    screening_id    uuid not null references screening (id),
    ordinal         integer not null,
    rule_id         varchar(60)  not null,
    rule_name       varchar(200) not null,
    severity        varchar(20)  not null check (severity in ('ABSOLUTE', 'RELATIVE', 'MISSING_FACT', 'INFO')),
    fact            varchar(1000) not null,
    explanation     varchar(2000) not null,
    source          varchar(1000) not null,
    certainty       varchar(20)  not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null,
    constraint screening_finding_order unique (screening_id, ordinal)
);
