-- FHIR import: clinical entries are matched on the FHIR resource they came from (source_id), per patient.
create index patient_condition_source_ix on patient_condition (patient_id, source_id);
create index patient_medication_source_ix on patient_medication (patient_id, source_id);
create index patient_allergy_source_ix on patient_allergy (patient_id, source_id);
create index conservative_care_source_ix on conservative_care (patient_id, source_id);
create index imaging_study_source_ix on imaging_study (patient_id, source_id);

-- FHIR Bulk Data export: one row per kick-off, its NDJSON files stored in the database (works with any number of
-- application instances; nothing is kept in memory between requests).
create table fhir_export_job (
    id              uuid primary key,
    status          varchar(12)  not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    request_url     varchar(1000) not null,
    requested_by    varchar(100) not null,
    clinic_id       uuid references clinic (id),
    resource_types  varchar(500) not null,
    since           timestamp with time zone,
    patients_total  integer,
    patients_done   integer not null default 0,
    error           varchar(2000),
    transaction_time timestamp with time zone not null,
    completed_at    timestamp with time zone,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null
);
create index fhir_export_job_status_ix on fhir_export_job (status);

create table fhir_export_file (
    id              uuid primary key,
    job_id          uuid not null references fhir_export_job (id),
    resource_type   varchar(40)  not null,
    seq             integer not null,
    resource_count  integer not null,
    content         text not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null,
    constraint fhir_export_file_seq unique (job_id, seq)
);
