package org.prolotrack.web.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.prolotrack.patient.PatientDataException;
import org.springframework.validation.BindingResult;

/**
 * Field errors of one form, by field name, for the template to show next to each field. Parses the text the user
 * typed (forms keep strings, so nothing typed is lost when a value does not parse).
 */
final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    static FormErrors of(BindingResult result) {
        var errors = new FormErrors();
        result.getFieldErrors().forEach(e -> errors.byField.putIfAbsent(e.getField(), e.getDefaultMessage()));
        return errors;
    }

    static FormErrors none() {
        return new FormErrors();
    }

    boolean any() {
        return !byField.isEmpty();
    }

    void reject(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    void reject(PatientDataException e) {
        reject(e.field(), e.getMessage());
    }

    Map<String, String> asMap() {
        return byField;
    }

    /** A date typed as yyyy-mm-dd (what a date input sends), or null when blank; records an error when it is not one. */
    LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            reject(field, "Enter a real date as yyyy-mm-dd.");
            return null;
        }
    }

    LocalDate requiredDate(String field, String text) {
        if (text == null || text.isBlank()) {
            reject(field, "This date is required.");
            return null;
        }
        return date(field, text);
    }

    BigDecimal decimal(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            reject(field, "Enter a number such as 72.5.");
            return null;
        }
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                reject(field, "Choose one.");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            reject(field, "Choose one of the listed values.");
            return null;
        }
    }
}
