-- The emergency tier of post-procedure check-ins: an alert is EMERGENCY (the patient reported an emergency-tier
-- symptom and was told to call 911) or RED_FLAG (review today). Alerts raised before this change were red flags.
alter table safety_alert add column severity varchar(10) default 'RED_FLAG' not null;
alter table safety_alert add constraint safety_alert_severity_ck check (severity in ('EMERGENCY', 'RED_FLAG'));
