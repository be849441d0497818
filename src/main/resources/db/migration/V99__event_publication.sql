-- Spring Modulith's event publication registry (schema v2): every module event is stored in the transaction that
-- publishes it and removed once its listener has completed; what is left after a crash is delivered again on the
-- next start. Columns as Spring Modulith 2.1 expects them; serialized events as long varchar on H2 and PostgreSQL.
create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512)     not null,
    event_type             varchar(512)     not null,
    serialized_event       varchar(1000000) not null,
    publication_date       timestamp(9) with time zone not null,
    completion_date        timestamp(9) with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp(9) with time zone
);
create index event_publication_by_listener_ix on event_publication (listener_id);
create index event_publication_by_completion_date_ix on event_publication (completion_date);
