-- Outgoing e-mail. Rows are claimed by one instance at a time (claimed_by/claimed_until) and sent once.
create table mail_outbox (
    id              uuid primary key,
    dedup_key       varchar(200) not null unique,
    recipient       varchar(300) not null,
    subject         varchar(300) not null,
    text_body       text not null,
    html_body       text,
    patient_id      uuid,
    clinic_id       uuid,
    state           varchar(10) not null check (state in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts        integer not null default 0,
    next_attempt_at timestamp with time zone not null,
    claimed_by      varchar(200),
    claimed_until   timestamp with time zone,
    last_error      varchar(1000),
    sent_at         timestamp with time zone,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null
);
create index mail_outbox_due_ix on mail_outbox (state, next_attempt_at);
create index mail_outbox_clinic_ix on mail_outbox (clinic_id, state);

create table mail_attachment (
    id          uuid primary key,
    mail_id     uuid not null references mail_outbox (id),
    file_name   varchar(200) not null,
    content_type varchar(100) not null,
    content     bytea not null
);
create index mail_attachment_mail_ix on mail_attachment (mail_id);
