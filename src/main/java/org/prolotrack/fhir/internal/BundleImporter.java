package org.prolotrack.fhir.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.prolotrack.patient.PatientImports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one patient's bundle: checks it (bundle type, HAPI's validator, what ProloTrack needs), then writes the
 * patient and every kept entry in ONE database transaction. A bundle with any problem is rejected whole with an
 * OperationOutcome listing every problem, and nothing of it is written; a process killed mid-bundle leaves the
 * bundle out (the transaction never committed). Importing the same bundle again changes nothing.
 */
@Service
class BundleImporter {

    /** What an import did, for the answer and the progress line. */
    record Result(UUID patientId, PatientImports.Outcome outcome, int kept, Map<String, Integer> skipped,
                  int skippedTotal) { }

    /**
     * How a bundle is validated, beyond the strict parser and ProloTrack's own checks (one Patient, every entry about
     * them, the fields ProloTrack needs):
     * <ul>
     * <li>ALL: HAPI's instance validator on the whole bundle (every resource, kept or not);</li>
     * <li>KEPT: HAPI's instance validator on the bundle reduced to the resources ProloTrack keeps, in one pass (its
     * references between kept resources are resolved inside the bundle);</li>
     * <li>SCHEMA: HAPI's schema validator (the R4 XML schemas) on every resource ProloTrack keeps — structure,
     * cardinalities and datatypes, not invariants or bindings; ten times cheaper than KEPT, for bulk loads;</li>
     * <li>STRUCTURE: nothing more (trusted reloads).</li>
     * </ul>
     */
    enum ValidationScope { ALL, KEPT, SCHEMA, STRUCTURE }

    private final BundleValidation validation;
    private final BundleMapper mapper;
    private final PatientImports patients;
    private final TransactionTemplate tx;
    private final ValidationScope scope;

    BundleImporter(BundleValidation validation, BundleMapper mapper, PatientImports patients, TransactionTemplate tx,
                   @Value("${prolotrack.fhir.import.validate:SCHEMA}") ValidationScope scope) {
        this.validation = validation;
        this.mapper = mapper;
        this.patients = patients;
        this.tx = tx;
        this.scope = scope;
    }

    /** The validation an import gets when it asks for none ({@code prolotrack.fhir.import.validate}). */
    ValidationScope defaultScope() {
        return scope;
    }

    Result importBundle(Bundle bundle, UUID clinicId, String importedBy) {
        return importBundle(bundle, clinicId, importedBy, scope);
    }

    Result importBundle(Bundle bundle, UUID clinicId, String importedBy, ValidationScope validate) {
        return importBundle(bundle, clinicId, importedBy, validate, Map.of(), List.of(), p -> p);
    }

    /**
     * Imports a bundle read by {@link BundleFilter}: only the entries ProloTrack may keep were parsed; the others
     * are counted as skipped. Scope ALL needs the whole bundle and is refused here.
     */
    Result importFiltered(BundleFilter.Filtered filtered, UUID clinicId, String importedBy, ValidationScope validate) {
        if (validate == ValidationScope.ALL) {
            throw new IllegalArgumentException("Validation scope ALL validates the whole bundle: parse it whole.");
        }
        return importBundle(filtered.bundle(), clinicId, importedBy, validate, filtered.skipped(), filtered.problems(),
                filtered::originalIndexes);
    }

    private Result importBundle(Bundle bundle, UUID clinicId, String importedBy, ValidationScope validate,
                                Map<String, Integer> skippedBefore, List<String> problemsBefore,
                                UnaryOperator<String> indexes) {
        var problems = new ArrayList<String>();
        typeProblem(bundle).ifPresent(problems::add);
        var mapped = mapper.map(bundle);
        mapped.problems().forEach(p -> problems.add(indexes.apply(p)));
        problems.addAll(problemsBefore);
        switch (validate) {
            case ALL -> problems.addAll(validation.errors(bundle));
            case KEPT -> {
                int[] kept = keptEntries(bundle);
                var reduced = shell(bundle);
                for (int i : kept) {
                    reduced.addEntry(bundle.getEntry().get(i));
                }
                for (var error : validation.errors(reduced)) {
                    problems.add(indexes.apply(BundleFilter.renumbered(error, kept)));
                }
            }
            case SCHEMA -> {
                // one schema pass over the bundle of kept resources (the schema validator's set-up per document
                // costs as much as a resource's check); only a bundle with errors is checked again resource by
                // resource, to say which entry each error is in
                int[] kept = keptEntries(bundle);
                var together = shell(bundle);
                for (int i : kept) {
                    together.addEntry().setResource(bundle.getEntry().get(i).getResource());
                }
                var errors = validation.schemaErrors(together);
                if (errors.isEmpty()) {
                    break;
                }
                var located = new ArrayList<>(validation.schemaErrors(shell(bundle)));
                for (int i : kept) {
                    var r = bundle.getEntry().get(i).getResource();
                    for (var error : validation.schemaErrors(r)) {
                        located.add(indexes.apply("Bundle.entry[" + i + "].resource (" + r.fhirType() + "): " + error));
                    }
                }
                problems.addAll(located.isEmpty() ? errors : located);
            }
            case STRUCTURE -> { }
        }
        if (!problems.isEmpty()) {
            throw new UnprocessableEntityException("The bundle was not imported: " + problems.size() + " problem(s).",
                    outcome(problems));
        }
        var skipped = new TreeMap<>(mapped.skipped());
        skippedBefore.forEach((type, n) -> skipped.merge(type, n, Integer::sum));
        int skippedTotal = mapped.skippedTotal() + skippedBefore.values().stream().mapToInt(Integer::intValue).sum();
        var outcome = tx.execute(s -> patients.importPatient(clinicId, mapped.patient(), importedBy));
        return new Result(outcome.patientId(), outcome, mapped.kept(), skipped, skippedTotal);
    }

    /** What is wrong with the bundle's type for an import, if anything: ProloTrack imports transaction or collection. */
    static java.util.Optional<String> typeProblem(Bundle bundle) {
        if (bundle.getType() == BundleType.TRANSACTION || bundle.getType() == BundleType.COLLECTION) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Bundle.type is " + (bundle.getType() == null ? "missing" : bundle.getType().toCode())
                + ": ProloTrack imports transaction or collection bundles.");
    }

    /** The indexes of the entries whose resource ProloTrack keeps (the ones KEPT and SCHEMA validate). */
    private int[] keptEntries(Bundle bundle) {
        return java.util.stream.IntStream.range(0, bundle.getEntry().size()).filter(i -> {
            var r = bundle.getEntry().get(i).getResource();
            return r != null && mapper.keeps(r);
        }).toArray();
    }

    /** The bundle without its resources: its own structure is validated even when only kept resources are. */
    private static Bundle shell(Bundle bundle) {
        var copy = new Bundle().setType(bundle.getType());
        copy.setId(bundle.getIdElement());
        return copy;
    }

    static OperationOutcome outcome(List<String> problems) {
        var oo = new OperationOutcome();
        for (var p : problems) {
            oo.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.INVALID).setDiagnostics(p);
        }
        return oo;
    }
}
