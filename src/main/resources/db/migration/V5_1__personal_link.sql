-- Personal links: patients act without an account through an unguessable, expiring token. Only its hash is kept.
create table personal_link (
    token_hash  varchar(64) primary key,
    patient_id  uuid not null references patient (id),
    purpose     varchar(40) not null,
    subject_id  uuid not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    closed_at   timestamp with time zone,
    created_at  timestamp with time zone not null,
    created_by  varchar(100) not null,
    changed_at  timestamp with time zone not null,
    changed_by  varchar(100) not null
);
create index personal_link_subject_ix on personal_link (purpose, subject_id);
