-- Informed consent: versioned templates per clinic, and consents filled for one patient and one series.
-- A signed consent is immutable: only the withdrawal columns may be set afterwards, once.
create table consent_template (
    id              uuid primary key,
    clinic_id       uuid not null references clinic (id),
    version         integer not null,
    title           varchar(200) not null,
    body            text not null,
    knowledge_source varchar(600),
    active          boolean not null default true,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null,
    unique (clinic_id, version)
);

create table consent (
    id                  uuid primary key,
    patient_id          uuid not null references patient (id),
    plan_id             uuid not null,
    clinic_id           uuid not null references clinic (id),
    template_id         uuid not null references consent_template (id),
    template_version    integer not null,
    status              varchar(12) not null check (status in ('PENDING', 'SIGNED', 'WITHDRAWN', 'SUPERSEDED')),
    filled_document     text not null,
    estimated_cost_minor bigint,
    currency            varchar(3),
    signer_name         varchar(200),
    signer_relationship varchar(60),
    signed_via          varchar(14) check (signed_via in ('TABLET', 'PERSONAL_LINK', 'PORTAL')),
    signature_png       text,
    signed_at           timestamp with time zone,
    witnessed_by        varchar(100),
    signed_document     text,
    document_sha256     varchar(64),
    pdf                 bytea,
    withdrawn_at        timestamp with time zone,
    withdrawn_by        varchar(100),
    withdrawal_reason   varchar(500),
    created_at          timestamp with time zone not null,
    created_by          varchar(100) not null,
    changed_at          timestamp with time zone not null,
    changed_by          varchar(100) not null
);
create index consent_patient_ix on consent (patient_id, created_at);
create index consent_plan_ix on consent (plan_id, status);
