package org.prolotrack.fhir.internal;

import java.util.Locale;
import java.util.Optional;

import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Procedure;
import org.prolotrack.patient.PatientChart.ConservativeCare;
import org.prolotrack.patient.PatientChart.Imaging.Modality;
import org.prolotrack.patient.PatientImports.ImportedCare;
import org.prolotrack.patient.PatientImports.ImportedImaging;

/** Reads prior conservative care (from Procedures) and imaging (ImagingStudy, imaging DiagnosticReport). */
final class CareAndImagingMapper {

    private static final String V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074";

    private CareAndImagingMapper() { }

    static Optional<ImportedCare> care(String sourceId, Procedure p, PriorCareKinds kinds) {
        var status = p.getStatus() == null ? "unknown" : p.getStatus().toCode();
        if (status.equals("entered-in-error") || status.equals("not-done") || status.equals("preparation")) {
            return Optional.empty();
        }
        var coding = FhirValues.keptCoding(p.getCode(), "SNOMED");
        var display = FhirValues.words(p.getCode());
        return kinds.kindOf(coding == null ? null : "SNOMED", coding == null ? null : coding.getCode(), display)
                .map(kind -> new ImportedCare(sourceId, kind, display,
                        FhirValues.start(p.getPerformed()), FhirValues.end(p.getPerformed()),
                        ConservativeCare.Helped.UNKNOWN));
    }

    static Optional<ImportedImaging> study(String sourceId, ImagingStudy s) {
        var series = s.getSeriesFirstRep();
        var date = s.hasStarted() ? FhirValues.date(s.getStartedElement())
                : series.hasStarted() ? FhirValues.date(series.getStartedElement()) : null;
        if (date == null) {
            return Optional.empty();
        }
        var modality = dicom(series.hasModality() ? series.getModality().getCode()
                : s.hasModality() ? s.getModalityFirstRep().getCode() : null);
        var site = series.hasBodySite() ? (series.getBodySite().hasDisplay() ? series.getBodySite().getDisplay()
                : series.getBodySite().getCode()) : null;
        var summary = s.hasDescription() ? s.getDescription()
                : s.hasProcedureCode() ? FhirValues.words(s.getProcedureCodeFirstRep()) : null;
        return Optional.of(new ImportedImaging(sourceId, modality, site == null ? "unspecified" : site, date, summary));
    }

    /** A DiagnosticReport is imaging when it is in the radiology category or points at an imaging study. */
    static boolean isImaging(DiagnosticReport r) {
        return r.hasImagingStudy() || r.getCategory().stream().anyMatch(c -> FhirValues.hasCode(c, V2_0074, "RAD"));
    }

    static Optional<ImportedImaging> report(String sourceId, DiagnosticReport r) {
        var date = FhirValues.start(r.getEffective());
        if (date == null && r.hasIssued()) {
            date = r.getIssuedElement().getValue().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (date == null) {
            return Optional.empty();
        }
        var name = FhirValues.words(r.getCode());
        var summary = r.hasConclusion() ? r.getConclusion() : name;
        return Optional.of(new ImportedImaging(sourceId, modalityIn(name), "unspecified", date, summary));
    }

    static Modality dicom(String code) {
        if (code == null) {
            return Modality.OTHER;
        }
        return switch (code) {
            case "DX", "CR", "RG", "DR", "RF" -> Modality.XRAY;
            case "MR" -> Modality.MRI;
            case "US" -> Modality.ULTRASOUND;
            case "CT" -> Modality.CT;
            default -> Modality.OTHER;
        };
    }

    private static Modality modalityIn(String name) {
        var t = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (t.contains("x-ray") || t.contains("radiograph")) {
            return Modality.XRAY;
        }
        if (t.contains("mri") || t.contains("magnetic resonance")) {
            return Modality.MRI;
        }
        if (t.contains("ultrason") || t.contains("sonograph")) {
            return Modality.ULTRASOUND;
        }
        return t.contains("computed tomography") || t.matches(".*\\bct\\b.*") ? Modality.CT : Modality.OTHER;
    }
}
