-- Sign-in accounts. PATIENT accounts point at their own record; staff accounts at their clinic.
create table account (
    id              uuid primary key,
    username        varchar(100) not null unique,
    password_hash   varchar(200) not null,
    display_name    varchar(200) not null,
    role            varchar(20)  not null check (role in ('ADMIN', 'CLINICIAN', 'STAFF', 'PATIENT', 'RESEARCHER')),
    clinic_id       uuid references clinic (id),
    patient_id      uuid references patient (id),
    provider_id     uuid references provider (id),
    email           varchar(200),
    enabled         boolean not null default true,
    failed_sign_ins integer not null default 0,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null,
    constraint account_patient_has_record check (role <> 'PATIENT' or patient_id is not null),
    constraint account_clinic_staff_has_clinic check (role not in ('CLINICIAN', 'STAFF') or clinic_id is not null)
);
