-- FHIR import: clinical entries are matched on the FHIR resource they came from (source_id), per patient.
create index patient_condition_source_ix on patient_condition (patient_id, source_id);
create index patient_medication_source_ix on patient_medication (patient_id, source_id);
create index patient_allergy_source_ix on patient_allergy (patient_id, source_id);
create index conservative_care_source_ix on conservative_care (patient_id, source_id);
create index imaging_study_source_ix on imaging_study (patient_id, source_id);
