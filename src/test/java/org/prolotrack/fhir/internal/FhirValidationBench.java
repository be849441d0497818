package org.prolotrack.fhir.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.prolotrack.knowledge.KnowledgeBase;

/**
 * What HAPI's validators cost per Synthea bundle, on one thread, for the resources the command-line import keeps:
 * reads the bundles as the import does ({@link BundleFilter}), then times the instance validator on each reduced
 * bundle (scope KEPT) and the schema validator on each kept resource (scope SCHEMA), after one pass to warm up.
 * Prints ms per bundle, ms per resource and the bundles per second one core can validate. Run (after
 * {@code scripts/synthea.sh target/synthea-200 200 42}):
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.prolotrack.fhir.internal.FhirValidationBench
 * -Dexec.classpathScope=test -Dexec.args="target/synthea-200 200"}
 */
public final class FhirValidationBench {

    private FhirValidationBench() {
    }

    public static void main(String[] args) throws Exception {
        var folder = Path.of(args.length > 0 ? args[0] : "target/synthea-200");
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        var ctx = FhirContext.forR4Cached();
        var kb = KnowledgeBase.fromClasspath();
        var priorCare = new PriorCareKinds(kb);
        var filter = new BundleFilter(new FhirBodies(ctx, 1024), priorCare);
        var mapper = new BundleMapper(priorCare);
        var validation = new BundleValidation(ctx);
        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().limit(limit).toList();
        }
        var reduced = new ArrayList<Bundle>();
        int resources = 0;
        for (var file : files) {
            var bundle = filter.read(Files.readAllBytes(file)).bundle();
            var kept = new Bundle().setType(bundle.getType());
            bundle.getEntry().stream().filter(e -> mapper.keeps(e.getResource())).forEach(kept::addEntry);
            resources += kept.getEntry().size();
            reduced.add(kept);
        }
        System.out.printf("%d bundles, %d kept resources (%.0f a bundle), %d cores%n", reduced.size(), resources,
                (double) resources / reduced.size(), Runtime.getRuntime().availableProcessors());
        validation.warmUp();
        validation.warmUpSchemas();
        for (int pass = 0; pass < 2; pass++) {
            var label = pass == 0 ? "warm-up" : "measured";
            long start = System.nanoTime();
            int invalid = 0;
            for (var b : reduced) {
                invalid += validation.errors(b).isEmpty() ? 0 : 1;
            }
            report(label + " KEPT   (instance validator)", System.nanoTime() - start, reduced.size(), resources, invalid);
            start = System.nanoTime();
            invalid = 0;
            for (var b : reduced) {
                boolean bad = false;
                for (var e : b.getEntry()) {
                    bad |= !validation.schemaErrors(e.getResource()).isEmpty();
                }
                invalid += bad ? 1 : 0;
            }
            report(label + " SCHEMA (schema validator)  ", System.nanoTime() - start, reduced.size(), resources, invalid);
        }
    }

    private static void report(String what, long nanos, int bundles, int resources, int invalid) {
        double ms = nanos / 1e6;
        System.out.printf("%s: %.1f ms a bundle, %.2f ms a resource, %.1f bundles/s on one core; %d bundles with "
                + "errors%n", what, ms / bundles, ms / resources, bundles / (ms / 1000), invalid);
    }
}
