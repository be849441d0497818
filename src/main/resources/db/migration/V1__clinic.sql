-- Clinics of the network, their providers, rooms and equipment.
create table clinic (
    id              uuid primary key,
    code            varchar(20)  not null unique,
    name            varchar(200) not null,
    time_zone       varchar(64)  not null,
    address         varchar(300),
    phone           varchar(40),
    email           varchar(200),
    currency        varchar(3)   not null default 'USD',
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null
);

create table provider (
    id              uuid primary key,
    clinic_id       uuid not null references clinic (id),
    given_name      varchar(100) not null,
    family_name     varchar(100) not null,
    credentials     varchar(40),
    specialty       varchar(100),
    licence_number  varchar(40)  not null,
    licence_state   varchar(2)   not null,
    email           varchar(200),
    active          boolean not null default true,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null
);
create index provider_clinic_ix on provider (clinic_id);

create table room (
    id              uuid primary key,
    clinic_id       uuid not null references clinic (id),
    name            varchar(100) not null,
    kind            varchar(20)  not null check (kind in ('EXAM', 'PROCEDURE', 'FLUOROSCOPY')),
    active          boolean not null default true,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null,
    unique (clinic_id, name)
);

create table equipment (
    id              uuid primary key,
    clinic_id       uuid not null references clinic (id),
    room_id         uuid references room (id),
    kind            varchar(20)  not null check (kind in ('ULTRASOUND', 'FLUOROSCOPY')),
    name            varchar(100) not null,
    active          boolean not null default true,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100) not null
);
create index equipment_clinic_ix on equipment (clinic_id);
