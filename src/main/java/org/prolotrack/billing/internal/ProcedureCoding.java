package org.prolotrack.billing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.prolotrack.billing.PriceList;

/**
 * Turns the injections of one session into procedure codes, following the reporting rules of the knowledge
 * file: 20550/20551 once per structure; 20552 or 20553 once per session by the number of muscles; joint codes
 * per joint, the ultrasound-guided variant when ultrasound was used; one 76942 per session when ultrasound
 * guided an injection, except when a code that includes the guidance (20604/20606/20611) is on the session;
 * one 77002 per session with fluoroscopy; M0076 for anything no CPT code here describes.
 */
final class ProcedureCoding {

    record CodedUnit(String system, String code, String display, int units) { }

    private static final String TRIGGER_POINT = "TRIGGER_POINT";
    private static final String ULTRASOUND = "ULTRASOUND";

    private final BillingCodeBook book;

    ProcedureCoding(BillingCodeBook book) {
        this.book = book;
    }

    List<CodedUnit> code(List<InjectedSite> entered, PriceList.Coding coding) {
        var injections = InjectedSite.perSide(entered);
        if (injections.isEmpty()) {
            throw new IllegalArgumentException("A session without injections cannot be coded");
        }
        if (coding == PriceList.Coding.M0076) {
            return List.of(unit("M0076", 1));
        }
        Map<String, InjectedSite> structures = new LinkedHashMap<>();
        for (var i : injections) {
            structures.putIfAbsent(i.structureKey(), i);
        }
        Map<String, Integer> units = new LinkedHashMap<>();
        var muscles = new LinkedHashSet<String>();
        boolean unmapped = false;
        boolean ultrasoundOutsideBundledCodes = false;
        for (var s : structures.values()) {
            var mapping = book.forStructureKind(s.structureKind());
            if (mapping.isEmpty()) {
                unmapped = true;
                continue;
            }
            if (TRIGGER_POINT.equals(s.structureKind())) {
                muscles.add(s.structureKey());
                continue;
            }
            var m = mapping.get();
            boolean usGuided = ULTRASOUND.equals(s.guidance());
            var code = usGuided && m.codeWithUltrasound() != null ? m.codeWithUltrasound() : m.code();
            if (usGuided && !book.code(code).bundles().contains("76942")) {
                ultrasoundOutsideBundledCodes = true;
            }
            units.merge(code, 1, Integer::sum);
        }
        if (!muscles.isEmpty()) {
            var m = book.forStructureKind(TRIGGER_POINT).orElseThrow();
            units.put(muscles.size() >= 3 && m.codeFromThreeMuscles() != null ? m.codeFromThreeMuscles() : m.code(), 1);
            if (muscles.stream().map(structures::get).anyMatch(s -> ULTRASOUND.equals(s.guidance()))) {
                ultrasoundOutsideBundledCodes = true;
            }
        }
        if (unmapped) {
            units.put("M0076", 1);
        }
        var out = new ArrayList<CodedUnit>();
        units.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.add(unit(e.getKey(), e.getValue())));
        var sessionBundlesUltrasound = units.keySet().stream().anyMatch(c -> book.code(c).bundles().contains("76942"));
        var guidances = injections.stream().map(InjectedSite::guidance).distinct().sorted().toList();
        for (var g : guidances) {
            var addOn = book.addOnFor(g);
            if (addOn.isEmpty()) {
                continue;
            }
            if (ULTRASOUND.equals(g) && (sessionBundlesUltrasound || !ultrasoundOutsideBundledCodes)) {
                continue;
            }
            out.add(unit(addOn.get(), 1));
        }
        return List.copyOf(out);
    }

    private CodedUnit unit(String code, int units) {
        var c = book.code(code);
        return new CodedUnit(c.system(), c.code(), c.display(), units);
    }
}
