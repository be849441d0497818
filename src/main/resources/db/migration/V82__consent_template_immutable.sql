-- Consent template versions are immutable rows: the current version of a clinic is its highest version number,
-- so publishing a new version never updates an earlier one (the former "active" flag was such an update).
alter table consent_template drop column active;
