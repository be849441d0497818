package org.prolotrack.plan.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** The "new series" form as typed. */
record PlanForm(@NotBlank(message = "Choose a protocol.") String protocolId,
                @NotBlank(message = "Enter the ICD-10-CM code of the indication.") String indicationCode,
                String laterality,
                @Min(value = 1, message = "At least 1.") @Max(value = 20, message = "At most 20.") Integer plannedSessions) {

    static PlanForm empty() {
        return new PlanForm("", "", "", null);
    }
}
