-- Outcome measures: scheduled questionnaire sets, responses with their scores, responder reviews.
create table outcome_collection (
    id               uuid primary key,
    patient_id       uuid not null references patient (id),
    clinic_id        uuid not null references clinic (id),
    plan_id          uuid,
    timepoint        varchar(30)  not null,
    label            varchar(100) not null,
    instruments      varchar(200) not null,
    due_on           date not null,
    overdue_after    date not null,
    status           varchar(10)  not null check (status in ('OPEN', 'COMPLETED', 'CANCELLED')),
    link_sent_at     timestamp with time zone,
    completed_at     timestamp with time zone,
    cancel_reason    varchar(300),
    schedule_version varchar(100) not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100) not null,
    changed_at       timestamp with time zone not null,
    changed_by       varchar(100) not null,
    constraint outcome_collection_once unique (plan_id, timepoint),
    constraint outcome_collection_window check (overdue_after >= due_on)
);
create index outcome_collection_clinic_ix on outcome_collection (clinic_id, status, due_on);
create index outcome_collection_patient_ix on outcome_collection (patient_id);

create table outcome_response (
    id                uuid primary key,
    patient_id        uuid not null references patient (id),
    clinic_id         uuid not null references clinic (id),
    plan_id           uuid,
    collection_id     uuid references outcome_collection (id),
    instrument_code   varchar(20)  not null,
    answers           varchar(1000) not null,
    unscored          varchar(2000),
    collected_on      date not null,
    source            varchar(15)  not null check (source in ('PATIENT_LINK', 'PAPER', 'PORTAL')),
    knowledge_version varchar(120) not null,
    voided_at         timestamp with time zone,
    voided_by         varchar(100),
    void_reason       varchar(300),
    created_at        timestamp with time zone not null,
    created_by        varchar(100) not null,
    changed_at        timestamp with time zone not null,
    changed_by        varchar(100) not null
);
create index outcome_response_patient_ix on outcome_response (patient_id, collected_on);
create index outcome_response_plan_ix on outcome_response (plan_id, instrument_code);

create table outcome_score (
    response_id uuid not null references outcome_response (id),
    scale       varchar(40) not null,
    score_value numeric(8, 2) not null,
    primary key (response_id, scale)
);

create table responder_review (
    id                uuid primary key,
    patient_id        uuid not null references patient (id),
    clinic_id         uuid not null references clinic (id),
    plan_id           uuid not null,
    instrument_code   varchar(20),
    scale             varchar(40),
    baseline_value    numeric(8, 2),
    latest_value      numeric(8, 2),
    change_value      numeric(8, 2),
    percent_change    numeric(8, 2),
    threshold_met     boolean,
    sessions_done     integer not null,
    advice            varchar(30) not null check (advice in ('SUGGEST_COMPLETE', 'SUGGEST_STOP_NON_RESPONDER',
                          'REVIEW_WORSENING', 'CONTINUE', 'NOT_ENOUGH_DATA')),
    advice_reason     varchar(1000) not null,
    decision          varchar(30) check (decision in ('CONTINUE', 'COMPLETE', 'STOP_NON_RESPONDER', 'REVIEW_LATER')),
    decision_note     varchar(1000),
    decided_by        varchar(100),
    decided_at        timestamp with time zone,
    knowledge_version varchar(300) not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(100) not null,
    changed_at        timestamp with time zone not null,
    changed_by        varchar(100) not null,
    constraint responder_review_decided check (decision is null or (decided_by is not null and decided_at is not null))
);
create index responder_review_plan_ix on responder_review (plan_id, created_at);
