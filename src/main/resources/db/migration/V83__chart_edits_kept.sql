-- Problem-list entries can be edited: each edit (and each resolve or import update) bumps the version, and an edit
-- made from an older version is refused (optimistic locking, as for the demographics).
alter table patient_condition add column version integer default 0 not null;
-- An imported condition a clinician edited or resolved, or a medication a clinician stopped, in ProloTrack keeps the
-- clinician's values when the same bundle is imported again (as a voided entry stays voided).
alter table patient_condition add column changed_in_chart boolean default false not null;
alter table patient_medication add column changed_in_chart boolean default false not null;
