package org.prolotrack.fhir.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.prolotrack.patient.PatientSummary;
import org.springframework.stereotype.Component;

/** Patient: read, and search by identifier (MRN), name and birthdate, within what the user may see. */
@Component
class PatientResourceProvider implements IResourceProvider {

    /** The patient module is read in pages of this size while the matches are collected (its own maximum). */
    private static final int READ_PAGE = 100;

    /**
     * A search reads at most this many patients of the user's clinic(s); one that would read more is refused with
     * a 400 saying how to narrow it (or to use {@code Patient/$export} for everyone).
     */
    static final int MAX_SCAN = 2_000;

    private final ChartAccess charts;

    PatientResourceProvider(ChartAccess charts) {
        this.charts = charts;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
        return ChartResources.patient(charts.chart(id));
    }

    /** Every match, paged to the client by HAPI (see {@link SearchPages}). */
    @Search
    public IBundleProvider search(@OptionalParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
                                  @OptionalParam(name = Patient.SP_NAME) StringParam name,
                                  @OptionalParam(name = Patient.SP_BIRTHDATE) DateParam birthDate) {
        String query = identifier != null ? identifier.getValue()
                : name != null ? name.getValue()
                : birthDate != null && birthDate.getPrefix() == null && birthDate.getValueAsString().length() >= 10
                ? birthDate.getValueAsString().substring(0, 10) : "";
        // by id: a patient registered while the pages are read may shift a later page, but is never listed twice
        var matches = new java.util.LinkedHashMap<java.util.UUID, PatientSummary>();
        for (int page = 0; ; page++) {
            var found = charts.records().search(query, page, READ_PAGE);
            if (page == 0 && found.total() > MAX_SCAN) {
                throw new InvalidRequestException("This search would read " + found.total() + " patients (at most "
                        + MAX_SCAN + "): narrow it by name, identifier or birthdate, or use Patient/$export.");
            }
            found.items().stream()
                    .filter(p -> identifier == null || identifier.getValue().equalsIgnoreCase(p.mrn()))
                    .filter(p -> name == null || nameMatches(p, name))
                    .filter(p -> birthDate == null || dateMatches(p.birthDate(), birthDate))
                    .forEach(p -> matches.putIfAbsent(p.id(), p));
            if (found.items().size() < found.size() || (long) (page + 1) * found.size() >= found.total()) {
                break;
            }
        }
        return new PatientMatches(new ArrayList<>(matches.values()));
    }

    private static boolean nameMatches(PatientSummary p, StringParam name) {
        var wanted = name.getValue().toLowerCase(Locale.ROOT).trim();
        var given = p.givenName().toLowerCase(Locale.ROOT);
        var family = p.familyName().toLowerCase(Locale.ROOT);
        if (name.isExact()) {
            return p.givenName().equals(name.getValue().trim()) || p.familyName().equals(name.getValue().trim());
        }
        return name.isContains() ? given.contains(wanted) || family.contains(wanted)
                : given.startsWith(wanted) || family.startsWith(wanted)
                || (given + " " + family).startsWith(wanted);
    }

    /** The whole days a FHIR date (yyyy, yyyy-mm or yyyy-mm-dd) covers: [first, last]. */
    static LocalDate[] range(DateParam d) {
        var text = d.getValueAsString();
        try {
            return switch (text.length()) {
                case 4 -> new LocalDate[] {LocalDate.of(Integer.parseInt(text), 1, 1),
                        LocalDate.of(Integer.parseInt(text), 12, 31)};
                case 7 -> {
                    var first = LocalDate.parse(text + "-01");
                    yield new LocalDate[] {first, first.plusMonths(1).minusDays(1)};
                }
                default -> {
                    var day = LocalDate.parse(text.substring(0, 10));
                    yield new LocalDate[] {day, day};
                }
            };
        } catch (RuntimeException e) {
            throw new ca.uhn.fhir.rest.server.exceptions.InvalidRequestException("Not a date: " + text);
        }
    }

    static boolean dateMatches(LocalDate value, DateParam d) {
        var r = range(d);
        var prefix = d.getPrefix();
        if (prefix == null) {
            return !value.isBefore(r[0]) && !value.isAfter(r[1]);
        }
        return switch (prefix) {
            case GREATERTHAN, STARTS_AFTER -> value.isAfter(r[1]);
            case GREATERTHAN_OR_EQUALS -> !value.isBefore(r[0]);
            case LESSTHAN, ENDS_BEFORE -> value.isBefore(r[0]);
            case LESSTHAN_OR_EQUALS -> !value.isAfter(r[1]);
            case NOT_EQUAL -> value.isBefore(r[0]) || value.isAfter(r[1]);
            default -> !value.isBefore(r[0]) && !value.isAfter(r[1]);
        };
    }
}
