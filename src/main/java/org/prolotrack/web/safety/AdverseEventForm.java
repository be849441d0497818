package org.prolotrack.web.safety;

import jakarta.validation.constraints.NotBlank;

/** What staff type when recording a side effect; strings so that nothing typed is lost on an error. */
record AdverseEventForm(@NotBlank(message = "Choose the side effect.") String catalogueCode, String description,
                        @NotBlank(message = "Choose the severity.") String severity, Boolean serious,
                        @NotBlank(message = "Say how related it is to the session.") String relatedness,
                        @NotBlank(message = "Enter the onset date.") String onsetOn, String resolvedOn) {

    static AdverseEventForm empty() {
        return new AdverseEventForm("", "", "", false, "", java.time.LocalDate.now().toString(), "");
    }

    public boolean isSerious() {
        return Boolean.TRUE.equals(serious);
    }
}
