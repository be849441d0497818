package org.prolotrack.web.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.prolotrack.patient.PatientChart.Allergy;
import org.prolotrack.patient.PatientChart.Condition;
import org.prolotrack.patient.PatientChart.ConservativeCare;
import org.prolotrack.patient.PatientChart.Imaging;
import org.prolotrack.patient.PatientChart.Laterality;
import org.prolotrack.patient.PatientRegistry.AllergyEntry;
import org.prolotrack.patient.PatientRegistry.CareEntry;
import org.prolotrack.patient.PatientRegistry.ConditionEntry;
import org.prolotrack.patient.PatientRegistry.ImagingEntry;
import org.prolotrack.patient.PatientRegistry.MedicationEntry;

/** The add forms of the chart page. Every field is the text the user typed; conversion reports per-field errors. */
final class ChartForms {

    private ChartForms() {
    }

    record ConditionForm(@NotBlank String codeSystem, @Size(max = 40) String code,
                         @NotBlank(message = "Describe the condition.") @Size(max = 300) String display,
                         @Size(max = 100) String bodySite, String laterality, String onsetDate) {
        static ConditionForm empty() {
            return new ConditionForm("ICD10CM", "", "", "", "", "");
        }

        ConditionEntry toEntry(FormErrors e) {
            return new ConditionEntry(codeSystem, code, display, bodySite, e.choice("laterality", Laterality.class, laterality, false),
                    e.date("onsetDate", onsetDate), Condition.Status.ACTIVE, null);
        }
    }

    /**
     * Editing a problem-list entry: what it says, where, since when. Its status and resolution date stay as they
     * are (Resolve is its own action); {@code version} is the one read, so a change made meanwhile is not overwritten.
     */
    record ConditionEditForm(@NotBlank String codeSystem, @Size(max = 40) String code,
                             @NotBlank(message = "Describe the condition.") @Size(max = 300) String display,
                             @Size(max = 100) String bodySite, String laterality, String onsetDate, String version) {
        static ConditionEditForm of(Condition c) {
            return new ConditionEditForm(c.codeSystem(), c.code() == null ? "" : c.code(), c.display(),
                    c.bodySite() == null ? "" : c.bodySite(), c.laterality() == null ? "" : c.laterality().name(),
                    c.onsetDate() == null ? "" : c.onsetDate().toString(), Integer.toString(c.version()));
        }

        ConditionEntry toEntry(FormErrors e, Condition current) {
            return new ConditionEntry(codeSystem, code, display, bodySite,
                    e.choice("laterality", Laterality.class, laterality, false), e.date("onsetDate", onsetDate),
                    current.status(), current.abatementDate());
        }

        /** The version the form was opened at; a tampered or missing one is treated as stale (-1). */
        int versionNumber() {
            try {
                return Integer.parseInt(version);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    record MedicationForm(@NotBlank String codeSystem, @Size(max = 40) String code,
                          @NotBlank(message = "Name the medication.") @Size(max = 300) String display,
                          @Size(max = 200) String dosage, String startDate, String stopDate) {
        static MedicationForm empty() {
            return new MedicationForm("RXNORM", "", "", "", "", "");
        }

        MedicationEntry toEntry(FormErrors e) {
            return new MedicationEntry(codeSystem, code, display, dosage, e.date("startDate", startDate), e.date("stopDate", stopDate));
        }
    }

    record AllergyForm(@NotBlank String codeSystem, @Size(max = 40) String code,
                       @NotBlank(message = "Name the substance.") @Size(max = 200) String substance,
                       @Size(max = 200) String reaction, String criticality) {
        static AllergyForm empty() {
            return new AllergyForm("RXNORM", "", "", "", "");
        }

        AllergyEntry toEntry(FormErrors e) {
            return new AllergyEntry(codeSystem, code, substance, reaction,
                    e.choice("criticality", Allergy.Criticality.class, criticality, true));
        }
    }

    record CareForm(String kind, @NotBlank(message = "Describe the care.") @Size(max = 300) String description,
                    String startDate, String endDate, String helped) {
        static CareForm empty() {
            return new CareForm("", "", "", "", "");
        }

        CareEntry toEntry(FormErrors e) {
            return new CareEntry(e.choice("kind", ConservativeCare.Kind.class, kind, true), description,
                    e.date("startDate", startDate), e.date("endDate", endDate),
                    e.choice("helped", ConservativeCare.Helped.class, helped, true));
        }
    }

    record ImagingForm(String modality, @NotBlank(message = "Name the body site.") @Size(max = 100) String bodySite,
                       String studyDate, @Size(max = 2000) String reportSummary) {
        static ImagingForm empty() {
            return new ImagingForm("", "", "", "");
        }

        ImagingEntry toEntry(FormErrors e) {
            return new ImagingEntry(e.choice("modality", Imaging.Modality.class, modality, true), bodySite,
                    e.requiredDate("studyDate", studyDate), reportSummary);
        }
    }
}
