package org.prolotrack.billing;

import java.util.Map;

import org.prolotrack.problem.FieldProblemException;

/** A billing request that cannot be done as asked; {@code fieldErrors} name the form fields at fault. */
public class BillingException extends FieldProblemException {

    public BillingException(Kind status, String detail, Map<String, String> fieldErrors) {
        super(status, detail, fieldErrors);
    }

    public BillingException(Kind status, String detail) {
        this(status, detail, Map.of());
    }
}
