-- Calendars: when each provider works (weekly hours in the clinic's local time), when they are away,
-- and the days a clinic is closed. Appointment types and their durations live in
-- knowledge/scheduling/appointment-types.json.
create table provider_working_hours (
    id              uuid primary key,
    provider_id     uuid not null references provider (id),
    day_of_week     smallint not null check (day_of_week between 1 and 7),
    starts_at       time not null,
    ends_at         time not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null,
    constraint working_hours_order check (ends_at > starts_at)
);
create index provider_working_hours_ix on provider_working_hours (provider_id, day_of_week);

create table provider_absence (
    id              uuid primary key,
    provider_id     uuid not null references provider (id),
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    reason          varchar(200) not null,
    voided_at       timestamp with time zone,
    voided_by       varchar(100),
    void_reason     varchar(300),
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null,
    constraint absence_order check (ends_at > starts_at)
);
create index provider_absence_ix on provider_absence (provider_id, starts_at);

create table clinic_closure (
    id              uuid primary key,
    clinic_id       uuid not null references clinic (id),
    closed_on       date not null,
    reason          varchar(200) not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null,
    constraint clinic_closure_once unique (clinic_id, closed_on)
);

-- When a patient prefers to come in (the preferred provider is on the patient record).
create table patient_time_preference (
    patient_id      uuid primary key references patient (id),
    part_of_day     varchar(10) not null check (part_of_day in ('MORNING', 'AFTERNOON', 'ANY')),
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null
);
