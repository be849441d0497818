-- Local anesthetic given outside the recorded syringes (a skin wheal, a separate block): counted in the session's
-- anesthetic total against the weight-based cap. Voided with who/when/why, never deleted.
create table procedure_anesthetic_dose (
    id                  uuid primary key,
    note_id             uuid not null references procedure_note (id),
    position            integer not null,
    purpose             varchar(20) not null check (purpose in ('SKIN_WHEAL', 'NERVE_BLOCK', 'OTHER')),
    site_text           varchar(200),
    stock_id            varchar(60) not null,
    agent               varchar(40) not null,
    stock_percent       numeric(6, 3) not null,
    volume_ml           numeric(5, 1) not null check (volume_ml > 0),
    mg                  numeric(7, 1) not null check (mg >= 0),
    lot_number          varchar(60),
    expiry_date         date,
    voided_at           timestamp with time zone,
    voided_by           varchar(100),
    void_reason         varchar(300),
    created_at          timestamp with time zone not null,
    created_by          varchar(100) not null,
    changed_at          timestamp with time zone not null,
    changed_by          varchar(100) not null
);
create index procedure_anesthetic_dose_note_ix on procedure_anesthetic_dose (note_id);
