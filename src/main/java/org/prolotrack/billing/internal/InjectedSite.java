package org.prolotrack.billing.internal;

import java.util.Objects;

/** One injection as billing sees it: from a procedure note (performed) or a plan target (estimated). */
record InjectedSite(String siteId, String siteName, String structureKind, String laterality, String guidance) {

    /**
     * Each side on its own: a BILATERAL injection (a series planned for both sides, or a note from before rows were
     * entered per side) is two structures, left and right, so two joints are coded and charged as two.
     */
    static java.util.List<InjectedSite> perSide(java.util.List<InjectedSite> sites) {
        return sites.stream().flatMap(s -> "BILATERAL".equals(s.laterality())
                ? java.util.stream.Stream.of(s.side("LEFT"), s.side("RIGHT")) : java.util.stream.Stream.of(s)).toList();
    }

    private InjectedSite side(String side) {
        return new InjectedSite(siteId, siteName, structureKind, side, guidance);
    }

    /** The anatomical structure (site on one side): coding rules count structures, not needle passes. */
    String structureKey() {
        return siteId + "|" + Objects.toString(laterality, "");
    }

    String label() {
        return laterality == null || laterality.isBlank() || "MIDLINE".equals(laterality)
                ? siteName : siteName + " (" + laterality.toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
