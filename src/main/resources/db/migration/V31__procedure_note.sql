-- Procedure notes, one per session: checklist, injections with their recipe and stock lots, times, signature,
-- addenda. A signed note never changes; corrections are signed addenda. Draft notes and injections are voided, not deleted.
create table procedure_note (
    id                  uuid primary key,
    patient_id          uuid not null references patient (id),
    plan_id             uuid not null references treatment_plan (id),
    clinic_id           uuid not null references clinic (id),
    provider_id         uuid references provider (id),
    status              varchar(10) not null check (status in ('DRAFT', 'SIGNED', 'VOIDED')),
    performed_on        date not null,
    session_number      integer,
    anticoagulant_status varchar(20) check (anticoagulant_status in ('NONE', 'HELD', 'CONTINUED_ASPIRIN', 'CONTINUED_OTHER')),
    allergies_reviewed  boolean not null default false,
    pain_before         integer check (pain_before between 0 and 10),
    anesthesia          varchar(300),
    sedation            varchar(20) check (sedation in ('NONE', 'LIGHT')),
    visit_start         timestamp with time zone,
    visit_end           timestamp with time zone,
    injecting_start     timestamp with time zone,
    injecting_end       timestamp with time zone,
    complications       varchar(1000),
    pain_after          integer check (pain_after between 0 and 10),
    aftercare_given     boolean not null default false,
    weight_kg           numeric(5, 1),
    anesthetic_mg       numeric(7, 1),
    anesthetic_cap_mg   numeric(7, 1),
    signed_at           timestamp with time zone,
    signed_by           varchar(100),
    knowledge_version   varchar(60) not null,
    voided_at           timestamp with time zone,
    voided_by           varchar(100),
    void_reason         varchar(300),
    version             integer not null default 0,
    created_at          timestamp with time zone not null,
    created_by          varchar(100) not null,
    changed_at          timestamp with time zone not null,
    changed_by          varchar(100) not null
);
create index procedure_note_patient_ix on procedure_note (patient_id);
create index procedure_note_plan_ix on procedure_note (plan_id, status);

create table procedure_injection (
    id                  uuid primary key,
    note_id             uuid not null references procedure_note (id),
    position            integer not null,
    site_id             varchar(60)  not null,
    site_name           varchar(200) not null,
    structure_kind      varchar(30)  not null,
    laterality          varchar(10) check (laterality in ('LEFT', 'RIGHT', 'BILATERAL', 'MIDLINE')),
    intra_articular     boolean not null,
    guidance            varchar(12) not null check (guidance in ('ULTRASOUND', 'FLUOROSCOPY', 'LANDMARK')),
    final_volume_ml     numeric(5, 1) not null,
    dextrose_percent    numeric(6, 3),
    anesthetic_agent    varchar(40),
    anesthetic_percent  numeric(6, 3),
    diluent             varchar(40) not null,
    recipe              varchar(1000) not null,
    anesthetic_mg       numeric(7, 1) not null,
    volume_injected_ml  numeric(5, 1) not null check (volume_injected_ml > 0),
    needle              varchar(40),
    voided_at           timestamp with time zone,
    voided_by           varchar(100),
    void_reason         varchar(300),
    created_at          timestamp with time zone not null,
    created_by          varchar(100) not null,
    changed_at          timestamp with time zone not null,
    changed_by          varchar(100) not null
);
create index procedure_injection_note_ix on procedure_injection (note_id);

create table procedure_injection_lot (
    id                  uuid primary key,
    injection_id        uuid not null references procedure_injection (id),
    stock_id            varchar(40) not null,
    lot_number          varchar(40) not null,
    expiry_date         date not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(100) not null,
    changed_at          timestamp with time zone not null,
    changed_by          varchar(100) not null
);
create index procedure_injection_lot_ix on procedure_injection_lot (injection_id);

create table procedure_addendum (
    id                  uuid primary key,
    note_id             uuid not null references procedure_note (id),
    text                varchar(4000) not null,
    signed_at           timestamp with time zone not null,
    signed_by           varchar(100) not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(100) not null,
    changed_at          timestamp with time zone not null,
    changed_by          varchar(100) not null
);
create index procedure_addendum_note_ix on procedure_addendum (note_id);
