package org.prolotrack.fhir.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON bundle file into HAPI's model keeping only the entries ProloTrack may keep. One streaming pass: the
 * resource types never kept (Claims, EOBs, Encounters, Immunizations... 90 % of a Synthea bundle) are stepped over
 * and counted; Observations, DiagnosticReports and Procedures are decided on the few fields that matter (type,
 * status, code, category, imagingStudy, subject) as the mapper would decide; the entries that may be kept are copied
 * byte for byte into a reduced bundle, which HAPI's strict (slow) parser then reads. The result maps to the same
 * kept entries, skipped counts and problems as the full bundle (entry indexes are the file's own, see
 * {@link Filtered#originalIndexes}). Used by the command-line import for the KEPT and STRUCTURE scopes (skipped
 * resources are then neither validated nor strictly parsed).
 */
@Component
class BundleFilter {

    /** Resource types that can be kept or whose subject the bundle check reads: parsed by HAPI or inspected. */
    private static final Set<String> PARSED = Set.of("Patient", "Condition", "MedicationRequest",
            "MedicationStatement", "Medication", "AllergyIntolerance", "ImagingStudy");
    private static final Set<String> INSPECTED = Set.of("Observation", "DiagnosticReport", "Procedure");
    private static final Pattern ENTRY_INDEX = Pattern.compile("Bundle\\.entry\\[(\\d+)]");

    /** The reduced bundle, the original index of each of its entries, and what was skipped before HAPI saw it. */
    record Filtered(Bundle bundle, int[] originalIndexes, Map<String, Integer> skipped, List<String> problems) {

        /** A problem text with the reduced bundle's entry indexes replaced by the file's own. */
        String originalIndexes(String problem) {
            return renumbered(problem, originalIndexes);
        }
    }

    /** A problem text whose {@code Bundle.entry[i]} are those of a reduced bundle, with the original indexes. */
    static String renumbered(String problem, int[] originalIndexes) {
        Matcher m = ENTRY_INDEX.matcher(problem);
        var out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(out, "Bundle.entry[" + (i < originalIndexes.length ? originalIndexes[i] : i) + "]");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The fields of an inspected resource that decide whether it is kept and whom it is about. */
    private static final Set<String> DECIDING = Set.of("resourceType", "status", "code", "category", "imagingStudy",
            "subject");

    private final FhirBodies bodies;
    private final PriorCareKinds priorCare;
    private final JsonMapper json = JsonMapper.builder().build();

    BundleFilter(FhirBodies bodies, PriorCareKinds priorCare) {
        this.bodies = bodies;
        this.priorCare = priorCare;
    }

    /**
     * One streaming pass over the file: every entry is either copied byte for byte into the reduced bundle (its
     * resource may be kept) or stepped over and counted. HAPI's strict parser then reads the reduced bundle.
     */
    Filtered read(byte[] file) {
        var out = new java.io.ByteArrayOutputStream(file.length / 8);
        var entries = new java.io.ByteArrayOutputStream(file.length / 8);
        var indexes = new ArrayList<Integer>();
        var skipped = new TreeMap<String, Integer>();
        var subjects = new ArrayList<Inspected>();
        var problems = new ArrayList<String>();
        out.write('{');
        boolean first = true;
        try (JsonParser p = json.createParser(file)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidRequestException("The file is not a JSON object.");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                var name = p.currentName();
                p.nextToken();
                if ("entry".equals(name) && p.currentToken() == JsonToken.START_ARRAY) {
                    int index = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        long from = p.currentTokenLocation().getByteOffset();
                        var decision = entry(p, index, skipped, subjects);
                        long to = p.currentLocation().getByteOffset();
                        if (decision) {
                            if (!indexes.isEmpty()) {
                                entries.write(',');
                            }
                            entries.write(file, (int) from, (int) (to - from));
                            indexes.add(index);
                        }
                        index++;
                    }
                } else {
                    var field = json.createObjectNode().set(name, p.readValueAsTree()).toString();
                    if (!first) {
                        out.write(',');
                    }
                    out.writeBytes(field.substring(1, field.length() - 1).getBytes(StandardCharsets.UTF_8));
                    first = false;
                }
            }
        } catch (JacksonException e) {
            throw new InvalidRequestException("The file is not valid JSON: " + e.getOriginalMessage());
        }
        if (!first) {
            out.write(',');
        }
        out.writeBytes("\"entry\":[".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(entries.toByteArray());
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        var bundle = bodies.parse(out.toString(StandardCharsets.UTF_8), false, Bundle.class);
        var patientRefs = patientRefs(bundle);
        for (var s : subjects) {
            if (!patientRefs.isEmpty() && s.subject != null && !s.subject.isEmpty() && !patientRefs.contains(s.subject)) {
                problems.add("Bundle.entry[" + s.index + "] (" + s.type + ") is about " + s.subject
                        + ", not the bundle's patient " + patientRefs.getFirst() + ".");
            }
        }
        return new Filtered(bundle, indexes.stream().mapToInt(Integer::intValue).toArray(), skipped, problems);
    }

    private record Inspected(int index, String type, String subject) { }

    /**
     * Reads one entry up to its end; true when it goes to HAPI's parser (a resource that may be kept, or anything
     * that is not a plain entry: the parser then says what is wrong), false when it was skipped and counted.
     */
    private boolean entry(JsonParser p, int index, Map<String, Integer> skipped, List<Inspected> subjects) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return true;
        }
        ObjectNode deciding = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            var name = p.currentName();
            if (p.nextToken() != JsonToken.START_OBJECT || !"resource".equals(name)) {
                p.skipChildren();
                continue;
            }
            deciding = json.createObjectNode();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                var field = p.currentName();
                p.nextToken();
                if (DECIDING.contains(field)) {
                    deciding.set(field, p.readValueAsTree());
                } else {
                    p.skipChildren();
                }
            }
        }
        if (deciding == null) {
            return true;
        }
        var type = deciding.path("resourceType").asString("");
        if (PARSED.contains(type) || !deciding.path("resourceType").isString()) {
            return true;
        }
        if (INSPECTED.contains(type) && kept(type, deciding)) {
            return true;
        }
        skipped.merge(type, 1, Integer::sum);
        if (INSPECTED.contains(type)) {
            var ref = deciding.path("subject").path("reference");
            subjects.add(new Inspected(index, type, ref.isString() ? ref.asString() : null));
        }
        return false;
    }

    /** The same tests as {@link ClinicalEntryMapper#isBodyWeight} and {@link CareAndImagingMapper#isImaging}. */
    private boolean kept(String type, JsonNode r) {
        return switch (type) {
            case "Observation" -> hasCoding(r.path("code"), CodeSystems.LOINC_URI, "29463-7");
            case "DiagnosticReport" -> r.path("imagingStudy").size() > 0 || hasCategory(r);
            case "Procedure" -> priorCare(r);
            default -> true;
        };
    }

    /** {@link CareAndImagingMapper#care}'s test on the procedure's status and code; unreadable ones go to HAPI. */
    private boolean priorCare(JsonNode r) {
        try {
            var procedure = new org.hl7.fhir.r4.model.Procedure();
            if (r.path("status").isString()) {
                procedure.setStatus(org.hl7.fhir.r4.model.Procedure.ProcedureStatus.fromCode(r.path("status").asString()));
            }
            var code = procedure.getCode();
            if (r.path("code").path("text").isString()) {
                code.setText(r.path("code").path("text").asString());
            }
            for (var c : r.path("code").path("coding")) {
                code.addCoding().setSystem(c.path("system").asString(null)).setCode(c.path("code").asString(null))
                        .setDisplay(c.path("display").asString(null));
            }
            return CareAndImagingMapper.care("", procedure, priorCare).isPresent();
        } catch (RuntimeException e) {      // e.g. an unknown status code: HAPI's parser will say so
            return true;
        }
    }

    private static boolean hasCategory(JsonNode r) {
        for (var c : r.path("category")) {
            if (hasCoding(c, "http://terminology.hl7.org/CodeSystem/v2-0074", "RAD")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCoding(JsonNode concept, String system, String code) {
        for (var c : concept.path("coding")) {
            if (system.equals(c.path("system").asString(null)) && code.equals(c.path("code").asString(null))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> patientRefs(Bundle bundle) {
        var refs = new ArrayList<String>();
        for (var e : bundle.getEntry()) {
            if (e.getResource() instanceof org.hl7.fhir.r4.model.Patient patient) {
                if (!refs.isEmpty()) {
                    return List.of();      // more than one Patient: the mapper rejects the bundle anyway
                }
                refs.add(BundleMapper.sourceId(e));
                refs.add("Patient/" + patient.getIdPart());
            }
        }
        return refs;
    }
}
