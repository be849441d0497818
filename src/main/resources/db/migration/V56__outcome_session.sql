-- Sessions as outcome charts mark them (from ProcedurePerformed); one row per signed procedure note.
create table outcome_session (
    procedure_note_id uuid primary key,
    patient_id        uuid not null references patient (id),
    plan_id           uuid,
    session_number    integer not null,
    performed_on      date not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(100) not null,
    changed_at        timestamp with time zone not null,
    changed_by        varchar(100) not null
);
create index outcome_session_patient_ix on outcome_session (patient_id, performed_on);
