-- Problem-list entries can be edited: each edit (and each resolve or import update) bumps the version, and an edit
-- made from an older version is refused (optimistic locking, as for the demographics).
alter table patient_condition add column version integer default 0 not null;
