package org.prolotrack.fhir.internal;

import java.time.LocalDate;

import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;

/** Small readings of FHIR datatypes: the clinical date of a dateTime, the coding ProloTrack keeps. */
final class FhirValues {

    private FhirValues() { }

    /** The calendar date as written (the patient's local date), whatever the precision. */
    static LocalDate date(BaseDateTimeType t) {
        if (t == null || t.isEmpty() || t.getValueAsString() == null) {
            return null;
        }
        var s = t.getValueAsString();
        return switch (s.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(s), 1, 1);
            case 7 -> LocalDate.parse(s + "-01");
            default -> LocalDate.parse(s.substring(0, 10));
        };
    }

    /** Start date of a dateTime or Period choice. */
    static LocalDate start(Type t) {
        return switch (t) {
            case BaseDateTimeType d -> date(d);
            case Period p -> date(p.getStartElement());
            case null, default -> null;
        };
    }

    static LocalDate end(Type t) {
        return t instanceof Period p ? date(p.getEndElement()) : null;
    }

    /** The first coding in a system ProloTrack keeps (SNOMED CT, ICD-10-CM, RxNorm), else null. */
    static Coding keptCoding(CodeableConcept cc, String... systems) {
        if (cc == null) {
            return null;
        }
        for (var c : cc.getCoding()) {
            var name = CodeSystems.name(c.getSystem());
            if (name != null && c.hasCode() && java.util.Arrays.asList(systems).contains(name)) {
                return c;
            }
        }
        return null;
    }

    /** What a concept says in words: its text, else its first coding's display, else its first code. */
    static String words(CodeableConcept cc) {
        if (cc == null) {
            return null;
        }
        if (cc.hasText()) {
            return cc.getText();
        }
        for (var c : cc.getCoding()) {
            if (c.hasDisplay()) {
                return c.getDisplay();
            }
        }
        return cc.getCodingFirstRep().getCode();
    }

    static boolean hasCode(CodeableConcept cc, String systemUri, String code) {
        return cc != null && cc.getCoding().stream().anyMatch(c -> systemUri.equals(c.getSystem()) && code.equals(c.getCode()));
    }
}
