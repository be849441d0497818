package org.prolotrack.fhir.internal;

import java.util.Set;

import ca.uhn.fhir.rest.param.TokenParam;

/** Matching of FHIR token search parameters against ProloTrack's coded values. */
final class TokenMatch {

    private TokenMatch() { }

    /** code=[system|]code against a ProloTrack code system name and code. */
    static boolean code(TokenParam wanted, String system, String code) {
        if (wanted == null) {
            return true;
        }
        if (code == null || !code.equals(wanted.getValue())) {
            return false;
        }
        return wanted.getSystem() == null || wanted.getSystem().isEmpty()
                || wanted.getSystem().equals(CodeSystems.uri(system));
    }

    /** A status token against the FHIR codes a ProloTrack status stands for. */
    static boolean status(TokenParam wanted, Set<String> codes) {
        return wanted == null || codes.contains(wanted.getValue());
    }
}
