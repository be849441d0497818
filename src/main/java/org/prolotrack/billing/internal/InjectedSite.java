package org.prolotrack.billing.internal;

import java.util.Objects;

/** One injection as billing sees it: from a procedure note (performed) or a plan target (estimated). */
record InjectedSite(String siteId, String siteName, String structureKind, String laterality, String guidance) {

    /** The anatomical structure (site on one side): coding rules count structures, not needle passes. */
    String structureKey() {
        return siteId + "|" + Objects.toString(laterality, "");
    }

    String label() {
        return laterality == null || laterality.isBlank() || "MIDLINE".equals(laterality)
                ? siteName : siteName + " (" + laterality.toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
