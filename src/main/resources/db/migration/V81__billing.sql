-- Self-pay billing: clinic price lists (versioned, never overwritten), estimates, invoices, payments.
-- Money is an amount in minor units (bigint) with its ISO 4217 currency.
create table price_list (
    id                  uuid primary key,
    clinic_id           uuid not null references clinic (id),
    version             integer not null,
    currency            varchar(3) not null,
    session_base_minor  bigint not null check (session_base_minor >= 0),
    per_unit_minor      bigint not null check (per_unit_minor >= 0),
    per_unit            varchar(10) not null check (per_unit in ('SITE', 'INJECTION')),
    included_units      integer not null default 0 check (included_units >= 0),
    evaluation_minor    bigint not null check (evaluation_minor >= 0),
    package_sessions    integer check (package_sessions > 0),
    package_price_minor bigint check (package_price_minor >= 0),
    coding              varchar(6) not null check (coding in ('CPT', 'M0076')),
    active              boolean not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(100) not null,
    changed_at          timestamp with time zone not null,
    changed_by          varchar(100) not null,
    unique (clinic_id, version)
);

create table estimate (
    id                  uuid primary key,
    patient_id          uuid not null references patient (id),
    plan_id             uuid not null,
    clinic_id           uuid not null references clinic (id),
    price_list_id       uuid not null references price_list (id),
    currency            varchar(3) not null,
    min_sessions        integer not null,
    expected_sessions   integer not null,
    max_sessions        integer not null,
    session_minor       bigint not null,
    evaluation_minor    bigint not null,
    expected_total_minor bigint not null,
    min_total_minor     bigint not null,
    max_total_minor     bigint not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(100) not null,
    changed_at          timestamp with time zone not null,
    changed_by          varchar(100) not null
);
create index estimate_plan_ix on estimate (plan_id, created_at);

create table estimate_line (
    estimate_id     uuid not null references estimate (id),
    line_no         integer not null,
    description     varchar(300) not null,
    quantity        integer not null,
    unit_minor      bigint not null,
    amount_minor    bigint not null,
    primary key (estimate_id, line_no)
);

create table invoice (
    id              uuid primary key,
    number          varchar(30) not null unique,
    clinic_id       uuid not null references clinic (id),
    patient_id      uuid not null references patient (id),
    plan_id         uuid not null,
    note_id         uuid not null unique,
    provider_id     uuid references provider (id),
    price_list_id   uuid not null references price_list (id),
    session_number  integer not null,
    service_date    date not null,
    currency        varchar(3) not null,
    total_minor     bigint not null,
    status          varchar(6) not null check (status in ('OPEN', 'PAID', 'VOID')),
    void_reason     varchar(500),
    version         integer not null default 0,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null
);
create index invoice_patient_ix on invoice (patient_id, service_date);
create index invoice_clinic_ix on invoice (clinic_id, status);

-- kind CHARGE: what the patient pays (price-list items); kind CODE: the same total itemised by procedure code.
create table invoice_line (
    invoice_id      uuid not null references invoice (id),
    line_no         integer not null,
    kind            varchar(6) not null check (kind in ('CHARGE', 'CODE')),
    code_system     varchar(10),
    code            varchar(10),
    description     varchar(300) not null,
    quantity        integer not null,
    amount_minor    bigint not null,
    primary key (invoice_id, line_no)
);

create table payment (
    id              uuid primary key,
    invoice_id      uuid not null references invoice (id),
    receipt_number  varchar(30) not null unique,
    method          varchar(5) not null check (method in ('CASH', 'CARD')),
    amount_minor    bigint not null check (amount_minor > 0),
    currency        varchar(3) not null,
    card_reference  varchar(60),
    received_at     timestamp with time zone not null,
    received_by     varchar(100) not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null
);
create index payment_invoice_ix on payment (invoice_id);

create sequence invoice_number_seq start with 1001;
create sequence receipt_number_seq start with 1001;
