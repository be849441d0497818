-- Every report a patient sends through a check-in link is kept, including any after the first (append-only).
create table safety_checkin_report (
    id            uuid primary key,
    checkin_id    uuid not null references safety_checkin (id),
    symptoms      varchar(1000),
    red_flags     varchar(500),
    pain_now      integer check (pain_now between 0 and 10),
    comment       varchar(2000),
    submitted_at  timestamp with time zone not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(100) not null,
    changed_at    timestamp with time zone not null,
    changed_by    varchar(100) not null
);
create index safety_checkin_report_checkin_ix on safety_checkin_report (checkin_id, submitted_at);
