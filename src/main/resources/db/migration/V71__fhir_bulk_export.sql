-- FHIR Bulk Data export ($export): one row per kick-off, its state visible to any instance, and the NDJSON output
-- in chunks (one row per resource type per chunk of patients), deleted with the job.
create table fhir_export_job (
    id               uuid primary key,
    status           varchar(12) not null check (status in ('QUEUED', 'RUNNING', 'COMPLETE', 'FAILED')),
    request_url      varchar(2000) not null,
    clinic_id        uuid references clinic (id),
    resource_types   varchar(300) not null,
    since            timestamp with time zone,
    transaction_time timestamp with time zone not null,
    patients_total   integer,
    patients_done    integer not null default 0,
    error            varchar(2000),
    created_at       timestamp with time zone not null,
    created_by       varchar(100) not null,
    changed_at       timestamp with time zone not null,
    changed_by       varchar(100) not null
);

create table fhir_export_file (
    id               uuid primary key,
    job_id           uuid not null references fhir_export_job (id) on delete cascade,
    resource_type    varchar(40) not null,
    resource_count   integer not null,
    content          text not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100) not null,
    changed_at       timestamp with time zone not null,
    changed_by       varchar(100) not null
);
create index fhir_export_file_job_ix on fhir_export_file (job_id, resource_type);
