package org.prolotrack.formulation;

/** A target that cannot be mixed from the stocks on file; the message says why in the clinic's terms. */
public class ImpossibleFormulation extends IllegalArgumentException {

    public ImpossibleFormulation(String message) {
        super(message);
    }
}
