package org.prolotrack.billing;

import java.util.Map;

import org.prolotrack.problem.FieldProblemException;
import org.springframework.http.HttpStatus;

/** A billing request that cannot be done as asked; {@code fieldErrors} name the form fields at fault. */
public class BillingException extends FieldProblemException {

    public BillingException(HttpStatus status, String detail, Map<String, String> fieldErrors) {
        super(status, detail, fieldErrors);
    }

    public BillingException(HttpStatus status, String detail) {
        this(status, detail, Map.of());
    }
}
