package org.prolotrack.fhir.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.hl7.fhir.r4.model.Bundle;
import org.prolotrack.security.CurrentUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar prolotrack.jar --import=<folder> --clinic=MAD [--import-threads=2] [--validate=SCHEMA] [--screen]}: imports
 * every *.json bundle of the folder (one transaction each, in parallel), shows a progress bar, prints bundles/s and
 * resources kept/s, optionally screens every imported patient, then exits without serving
 * (see {@link ImportModeEnvironment}).
 */
@Component
@Order(100)
class CommandLineImport implements ApplicationRunner, ExitCodeGenerator {

    private final BundleImporter importer;
    private final ImportClinics clinics;
    private final BundleValidation validation;
    private final org.springframework.context.ConfigurableApplicationContext context;
    private final ImportScreening screening;
    private final BundleFilter filter;
    private final FhirBodies bodies;
    private int exitCode;

    /** The command line's validation when --validate is not given (see {@link BundleImporter.ValidationScope}). */
    static final BundleImporter.ValidationScope DEFAULT_SCOPE = BundleImporter.ValidationScope.SCHEMA;

    CommandLineImport(BundleImporter importer, ImportClinics clinics, BundleValidation validation,
                      org.springframework.context.ConfigurableApplicationContext context, ImportScreening screening,
                      BundleFilter filter, FhirBodies bodies) {
        this.filter = filter;
        this.bodies = bodies;
        this.context = context;
        this.screening = screening;
        this.importer = importer;
        this.clinics = clinics;
        this.validation = validation;
    }

    /** What a folder import did. */
    record Totals(int bundles, int imported, int rejected, long kept, long skipped, double seconds,
                  List<java.util.UUID> patients) {
        double bundlesPerSecond() {
            return imported / Math.max(seconds, 1e-9);
        }

        double keptPerSecond() {
            return kept / Math.max(seconds, 1e-9);
        }
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!args.containsOption(ImportModeEnvironment.OPTION)) {
            return;
        }
        var folder = Path.of(args.getOptionValues(ImportModeEnvironment.OPTION).getFirst());
        var clinic = args.containsOption("clinic") ? args.getOptionValues("clinic").getFirst() : null;
        if (clinic == null) {
            System.err.println("--clinic=<code> is required with --import (e.g. --clinic=MAD)");
            exitCode = 2;
            System.exit(org.springframework.boot.SpringApplication.exit(context, this));
        }
        int threads;
        BundleImporter.ValidationScope scope;
        try {
            threads = args.containsOption("import-threads")
                    ? Integer.parseInt(args.getOptionValues("import-threads").getFirst())
                    : Runtime.getRuntime().availableProcessors();
            scope = args.containsOption("validate")
                    ? BundleImporter.ValidationScope.valueOf(args.getOptionValues("validate").getFirst()
                    .toUpperCase(java.util.Locale.ROOT))
                    : DEFAULT_SCOPE;
        } catch (IllegalArgumentException e) {
            System.err.println("--import-threads takes a whole number, --validate one of "
                    + java.util.Arrays.toString(BundleImporter.ValidationScope.values()));
            exitCode = 2;
            System.exit(org.springframework.boot.SpringApplication.exit(context, this));
            return;
        }
        org.prolotrack.clinic.Clinic target;
        Totals totals;
        try {
            target = clinics.find(clinic);
            if (!Files.isDirectory(folder)) {
                throw new InvalidRequestException("No folder " + folder.toAbsolutePath() + ".");
            }
            totals = importFolder(folder, target.id(), threads, scope, System.out);
        } catch (InvalidRequestException e) {
            System.err.println(e.getMessage());
            exitCode = 2;
            System.exit(org.springframework.boot.SpringApplication.exit(context, this));
            return;
        }
        if (args.containsOption("screen")) {
            screening.screenAndReport(target.code(), totals.patients(), System.out);
        }
        exitCode = totals.rejected() > 0 ? 1 : 0;
        // an import run ends here: close the context (scheduler threads would keep the JVM alive) and exit
        System.exit(org.springframework.boot.SpringApplication.exit(context, this));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    Totals importFolder(Path folder, java.util.UUID clinicId, int threads, BundleImporter.ValidationScope scope,
                        PrintStream out) throws IOException, InterruptedException {
        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        switch (scope) {
            case ALL, KEPT -> validation.warmUp();
            case SCHEMA -> validation.warmUpSchemas();
            case STRUCTURE -> { }
        }
        var done = new AtomicInteger();
        var rejected = new AtomicInteger();
        var kept = new AtomicLong();
        var skipped = new AtomicLong();
        var patients = java.util.Collections.synchronizedList(new ArrayList<java.util.UUID>());
        var progress = new ImportProgress(files.size(), System.err);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            var futures = new ArrayList<Future<?>>();
            for (var file : files) {
                futures.add(pool.submit(() -> {
                    try {
                        var by = CurrentUser.SYSTEM.username() + " (import " + file.getFileName() + ")";
                        var result = scope == BundleImporter.ValidationScope.ALL
                                ? importer.importBundle(parse(file), clinicId, by, scope)
                                : importer.importFiltered(read(file), clinicId, by, scope);
                        kept.addAndGet(result.kept());
                        patients.add(result.patientId());
                        skipped.addAndGet(result.skippedTotal());
                    } catch (IOException | RuntimeException e) {
                        rejected.incrementAndGet();
                        progress.message(file.getFileName() + " rejected: " + reasons(e));
                    }
                    progress.update(done.incrementAndGet(), kept.get(), (System.nanoTime() - start) / 1e9);
                }));
            }
            for (var f : futures) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.finish();
        var totals = new Totals(files.size(), files.size() - rejected.get(), rejected.get(), kept.get(), skipped.get(),
                seconds, List.copyOf(patients));
        out.printf("Imported %d of %d bundles (%d rejected) in %.1f s: %.1f bundles/s, %.0f resources kept/s "
                        + "(%d kept, %d skipped), validation %s, %d threads%n", totals.imported(), totals.bundles(),
                totals.rejected(), seconds, totals.bundlesPerSecond(), totals.keptPerSecond(), totals.kept(),
                totals.skipped(), scope, threads);
        return totals;
    }

    private static String reasons(Exception e) {
        if (e instanceof BaseServerResponseException b
                && b.getOperationOutcome() instanceof org.hl7.fhir.r4.model.OperationOutcome oo) {
            return e.getMessage() + " " + oo.getIssue().stream().map(i -> i.getDiagnostics()).toList();
        }
        return e.getMessage();
    }

    /** Only the entries ProloTrack may keep are parsed into HAPI's model (see {@link BundleFilter}). */
    private BundleFilter.Filtered read(Path file) throws IOException {
        return filter.read(Files.readAllBytes(file));
    }

    private Bundle parse(Path file) throws IOException {
        return bodies.parse(Files.readString(file), false, Bundle.class);
    }
}
