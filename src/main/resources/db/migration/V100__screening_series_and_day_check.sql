-- A screening belongs to the series it clears (null for a screening run before a plan existed, which clears a plan
-- only when its recorded sites, sides and agents cover it). The day-of-procedure check is recorded on the note
-- before it can be signed: fever, skin at the sites, pregnancy, anticoagulant (with INR and the day it was held) and
-- changes since the screening.
alter table screening add column plan_id uuid references treatment_plan (id);
create index screening_plan_ix on screening (plan_id);

create table procedure_day_check (
    note_id                 uuid primary key references procedure_note (id),
    fever                   boolean not null,
    skin_clear              boolean not null,
    skin_note               varchar(500),
    pregnancy               varchar(20) not null check (pregnancy in ('NOT_APPLICABLE', 'NOT_PREGNANT', 'POSSIBLE', 'PREGNANT')),
    new_anticoagulant       boolean not null,
    anticoagulant           varchar(200),
    inr                     numeric(4, 1) check (inr > 0 and inr < 20),
    anticoagulant_held_on   date,
    changes_since_screening boolean not null,
    changes_note            varchar(2000),
    recorded_at             timestamp with time zone not null,
    recorded_by             varchar(100) not null
);
