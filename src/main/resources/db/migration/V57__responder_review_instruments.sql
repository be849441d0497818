-- Every instrument's judgement at the time of a responder review (baseline, latest, change, threshold,
-- reached, source and knowledge version), one line per instrument, kept with the advice it informed.
alter table responder_review add column instrument_judgements varchar(8000);
