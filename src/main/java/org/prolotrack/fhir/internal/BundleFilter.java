package org.prolotrack.fhir.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
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
 * Reads a JSON bundle file into HAPI's model keeping only the entries ProloTrack may keep: the others (Claims,
 * Encounters, most Observations... 90 % of a Synthea bundle) are stepped over by a streaming JSON parser and only
 * counted, so HAPI's (strict, slow) parser sees a tenth of the bundle. The entries that a kept resource may be, or
 * that the bundle check looks at (Observation, DiagnosticReport: their subject), are read whole and decided on; the
 * result is the same as mapping the full bundle: same kept entries, same skipped counts, same problems (entry
 * indexes are the original ones, see {@link #originalIndexes}). Used by the command-line import for the KEPT and
 * STRUCTURE scopes (skipped resources are then neither validated nor strictly parsed).
 */
@Component
class BundleFilter {

    /** Resource types that can be kept or whose subject the bundle check reads: parsed by HAPI or inspected. */
    private static final Set<String> PARSED = Set.of("Patient", "Condition", "MedicationRequest",
            "MedicationStatement", "Medication", "AllergyIntolerance", "ImagingStudy", "Procedure");
    private static final Set<String> INSPECTED = Set.of("Observation", "DiagnosticReport");
    private static final Pattern ENTRY_INDEX = Pattern.compile("Bundle\\.entry\\[(\\d+)]");

    /** The reduced bundle, the original index of each of its entries, and what was skipped before HAPI saw it. */
    record Filtered(Bundle bundle, int[] originalIndexes, Map<String, Integer> skipped, List<String> problems) {

        /** A problem text with the reduced bundle's entry indexes replaced by the file's own. */
        String originalIndexes(String problem) {
            Matcher m = ENTRY_INDEX.matcher(problem);
            var out = new StringBuilder();
            while (m.find()) {
                int i = Integer.parseInt(m.group(1));
                m.appendReplacement(out, "Bundle.entry[" + (i < originalIndexes.length ? originalIndexes[i] : i) + "]");
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    private final FhirContext ctx;
    private final JsonMapper json = JsonMapper.builder().build();

    BundleFilter(FhirContext ctx) {
        this.ctx = ctx;
    }

    Filtered read(InputStream in) {
        var out = json.createObjectNode();
        var entries = json.createArrayNode();
        var indexes = new ArrayList<Integer>();
        var skipped = new TreeMap<String, Integer>();
        var subjects = new ArrayList<Inspected>();
        var problems = new ArrayList<String>();
        try (JsonParser p = json.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidRequestException("The file is not a JSON object.");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                var name = p.currentName();
                p.nextToken();
                if ("entry".equals(name) && p.currentToken() == JsonToken.START_ARRAY) {
                    int index = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        entry(p, index++, entries, indexes, skipped, subjects);
                    }
                } else {
                    out.set(name, p.readValueAsTree());
                }
            }
        } catch (JacksonException e) {
            throw new InvalidRequestException("The file is not valid JSON: " + e.getOriginalMessage());
        }
        out.set("entry", entries);
        var bundle = parse(out);
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

    private void entry(JsonParser p, int index, tools.jackson.databind.node.ArrayNode entries, List<Integer> indexes,
                       Map<String, Integer> skipped, List<Inspected> subjects) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            entries.add((JsonNode) p.readValueAsTree());      // not an entry at all: HAPI's parser says so
            indexes.add(index);
            return;
        }
        var entry = json.createObjectNode();
        JsonNode resource = null;
        String skippedType = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            var name = p.currentName();
            var token = p.nextToken();
            if ("resource".equals(name) && token == JsonToken.START_OBJECT) {
                var node = json.createObjectNode();
                // Synthea (and HAPI) write resourceType first: a resource of a type never kept is stepped over
                if (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    var field = p.currentName();
                    p.nextToken();
                    if ("resourceType".equals(field) && p.currentToken() == JsonToken.VALUE_STRING
                            && !PARSED.contains(p.getString()) && !INSPECTED.contains(p.getString())) {
                        skippedType = p.getString();
                        skipRestOfObject(p);
                        continue;
                    }
                    node.set(field, p.readValueAsTree());
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        field = p.currentName();
                        p.nextToken();
                        node.set(field, p.readValueAsTree());
                    }
                }
                resource = node;
            } else {
                entry.set(name, p.readValueAsTree());
            }
        }
        if (skippedType != null) {
            skipped.merge(skippedType, 1, Integer::sum);
            return;
        }
        if (resource != null) {
            var type = resource.path("resourceType").asString("");
            if (INSPECTED.contains(type) && !kept(type, resource)) {
                skipped.merge(type, 1, Integer::sum);
                var ref = resource.path("subject").path("reference");
                subjects.add(new Inspected(index, type, ref.isString() ? ref.asString() : null));
                return;
            }
            entry.set("resource", resource);
        }
        entries.add(entry);
        indexes.add(index);
    }

    private static void skipRestOfObject(JsonParser p) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            p.nextToken();
            p.skipChildren();
        }
    }

    /** The same tests as {@link ClinicalEntryMapper#isBodyWeight} and {@link CareAndImagingMapper#isImaging}. */
    private static boolean kept(String type, JsonNode r) {
        return switch (type) {
            case "Observation" -> hasCoding(r.path("code"), CodeSystems.LOINC_URI, "29463-7");
            case "DiagnosticReport" -> r.path("imagingStudy").size() > 0 || hasCategory(r);
            default -> true;
        };
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

    private Bundle parse(ObjectNode bundle) {
        try {
            return ctx.newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                    .parseResource(Bundle.class, json.writeValueAsString(bundle));
        } catch (DataFormatException e) {
            throw new InvalidRequestException("The bundle could not be parsed: " + e.getMessage());
        }
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
