-- Appointments. Cancelled and no-show appointments stay (status, who/when/why); they release their claims.
create table appointment (
    id              uuid primary key,
    clinic_id       uuid not null references clinic (id),
    patient_id      uuid not null references patient (id),
    provider_id     uuid not null references provider (id),
    room_id         uuid not null references room (id),
    type_code       varchar(30) not null,
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    duration_minutes integer not null check (duration_minutes between 5 and 480),
    status          varchar(12) not null check (status in ('BOOKED', 'CANCELLED', 'NO_SHOW', 'ATTENDED')),
    source          varchar(12) not null check (source in ('MANUAL', 'SERIES', 'OPTIMISER')),
    plan_id         uuid,
    session_number  integer,
    window_start    date,
    window_end      date,
    outside_window  boolean not null default false,
    status_reason   varchar(300),
    status_changed_at timestamp with time zone,
    status_changed_by varchar(100),
    reminder_queued_at timestamp with time zone,
    version         integer not null default 0,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null,
    constraint appointment_order check (ends_at > starts_at)
);
create index appointment_clinic_start_ix on appointment (clinic_id, starts_at);
create index appointment_provider_start_ix on appointment (provider_id, starts_at);
create index appointment_patient_start_ix on appointment (patient_id, starts_at);
create index appointment_plan_ix on appointment (plan_id, session_number);
create index appointment_reminder_ix on appointment (status, starts_at);

create table appointment_equipment (
    appointment_id  uuid not null references appointment (id),
    equipment_id    uuid not null references equipment (id),
    primary key (appointment_id, equipment_id)
);

-- No double booking, enforced by the database: a booked appointment claims every 5-minute granule of every
-- resource it uses (provider, room, each piece of equipment, the patient). Two bookings that overlap on any
-- resource collide on this primary key, whichever instance or thread writes them.
create table resource_claim (
    resource_id     uuid not null,
    slot_start      timestamp with time zone not null,
    resource_kind   varchar(10) not null check (resource_kind in ('PROVIDER', 'ROOM', 'EQUIPMENT', 'PATIENT')),
    appointment_id  uuid not null references appointment (id),
    constraint resource_claim_pk primary key (resource_id, slot_start)
);
create index resource_claim_appointment_ix on resource_claim (appointment_id);
