-- Optimiser runs: state in the database (any instance can show progress), assignments kept until accepted
-- or discarded.
create table optimiser_job (
    id              uuid primary key,
    clinic_id       uuid not null references clinic (id),
    status          varchar(12) not null check (status in ('QUEUED', 'SOLVING', 'SOLVED', 'ACCEPTED', 'DISCARDED', 'FAILED')),
    from_date       date not null,
    to_date         date not null,
    sessions        integer not null default 0,
    hard_score      bigint,
    soft_score      bigint,
    baseline_soft_score bigint,
    best_found_ms   bigint,
    progress        varchar(300),
    run_by          varchar(200),
    started_at      timestamp with time zone,
    finished_at     timestamp with time zone,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null
);
create index optimiser_job_clinic_ix on optimiser_job (clinic_id, created_at);

create table optimiser_assignment (
    id              uuid primary key,
    job_id          uuid not null references optimiser_job (id),
    plan_id         uuid not null,
    patient_id      uuid not null references patient (id),
    session_number  integer not null,
    provider_id     uuid references provider (id),
    room_id         uuid references room (id),
    starts_at       timestamp with time zone,
    duration_minutes integer not null,
    window_start    date not null,
    window_end      date not null,
    why             varchar(2000),
    booked_appointment_id uuid references appointment (id),
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null
);
create index optimiser_assignment_job_ix on optimiser_assignment (job_id);
