-- Patients and their clinical facts. Clinical rows are voided (who/when/why), never deleted.
create table patient (
    id                  uuid primary key,
    clinic_id           uuid not null references clinic (id),
    mrn                 varchar(40)  not null,
    given_name          varchar(100) not null,
    family_name         varchar(100) not null,
    birth_date          date         not null,
    sex                 varchar(10)  not null check (sex in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    phone               varchar(40),
    email               varchar(200),
    address             varchar(300),
    weight_kg           numeric(5, 1),
    weight_measured_on  date,
    preferred_provider_id uuid references provider (id),
    version             integer not null default 0,
    created_at          timestamp with time zone not null,
    created_by          varchar(100) not null,
    changed_at          timestamp with time zone not null,
    changed_by          varchar(100) not null,
    constraint patient_mrn_per_clinic unique (clinic_id, mrn),
    constraint patient_weight_range check (weight_kg is null or (weight_kg > 0 and weight_kg < 700))
);
create index patient_clinic_name_ix on patient (clinic_id, family_name, given_name);
create index patient_birth_date_ix on patient (birth_date);

create table patient_condition (
    id              uuid primary key,
    patient_id      uuid not null references patient (id),
    code_system     varchar(20)  not null check (code_system in ('ICD10CM', 'SNOMED', 'TEXT')),
    code            varchar(40),
    display         varchar(300) not null,
    body_site       varchar(100),
    laterality      varchar(10) check (laterality in ('LEFT', 'RIGHT', 'BILATERAL', 'MIDLINE')),
    onset_date      date,
    clinical_status varchar(10)  not null check (clinical_status in ('ACTIVE', 'RESOLVED')),
    abatement_date  date,
    source_id       varchar(200),
    voided_at       timestamp with time zone,
    voided_by       varchar(100),
    void_reason     varchar(300),
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null
);
create index patient_condition_patient_ix on patient_condition (patient_id);

create table patient_medication (
    id              uuid primary key,
    patient_id      uuid not null references patient (id),
    code_system     varchar(20)  not null check (code_system in ('RXNORM', 'TEXT')),
    code            varchar(40),
    display         varchar(300) not null,
    dosage          varchar(200),
    status          varchar(10)  not null check (status in ('ACTIVE', 'STOPPED')),
    start_date      date,
    stop_date       date,
    source_id       varchar(200),
    voided_at       timestamp with time zone,
    voided_by       varchar(100),
    void_reason     varchar(300),
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null,
    constraint medication_dates check (stop_date is null or start_date is null or stop_date >= start_date)
);
create index patient_medication_patient_ix on patient_medication (patient_id);

create table patient_allergy (
    id              uuid primary key,
    patient_id      uuid not null references patient (id),
    code_system     varchar(20)  not null check (code_system in ('RXNORM', 'SNOMED', 'TEXT')),
    code            varchar(40),
    substance       varchar(200) not null,
    reaction        varchar(200),
    criticality     varchar(20)  not null check (criticality in ('LOW', 'HIGH', 'UNABLE_TO_ASSESS')),
    status          varchar(10)  not null check (status in ('ACTIVE', 'INACTIVE')),
    source_id       varchar(200),
    voided_at       timestamp with time zone,
    voided_by       varchar(100),
    void_reason     varchar(300),
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null
);
create index patient_allergy_patient_ix on patient_allergy (patient_id);

create table conservative_care (
    id              uuid primary key,
    patient_id      uuid not null references patient (id),
    kind            varchar(30)  not null check (kind in ('PHYSICAL_THERAPY', 'MEDICATION', 'ACTIVITY_MODIFICATION', 'INJECTION', 'SURGERY', 'OTHER')),
    description     varchar(300) not null,
    start_date      date,
    end_date        date,
    helped          varchar(10)  not null check (helped in ('YES', 'PARTLY', 'NO', 'UNKNOWN')),
    source_id       varchar(200),
    voided_at       timestamp with time zone,
    voided_by       varchar(100),
    void_reason     varchar(300),
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null
);
create index conservative_care_patient_ix on conservative_care (patient_id);

create table imaging_study (
    id              uuid primary key,
    patient_id      uuid not null references patient (id),
    modality        varchar(20)  not null check (modality in ('XRAY', 'MRI', 'ULTRASOUND', 'CT', 'OTHER')),
    body_site       varchar(100) not null,
    study_date      date         not null,
    report_summary  varchar(2000),
    source_id       varchar(200),
    voided_at       timestamp with time zone,
    voided_by       varchar(100),
    void_reason     varchar(300),
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null
);
create index imaging_study_patient_ix on imaging_study (patient_id);
