package org.prolotrack.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Local anesthetic given outside the recorded syringes (a skin wheal, a separate nerve block), counted in the
 * session's anesthetic total against the cap.
 *
 * @param purpose  SKIN_WHEAL, NERVE_BLOCK or OTHER
 * @param siteText where, in the clinician's words (optional)
 * @param mg       stock mg/mL × volume
 */
public record AdditionalAnestheticDose(UUID id, String purpose, String siteText, String stockId, String stockName,
                                       String agent, BigDecimal stockPercent, BigDecimal volumeMl, BigDecimal mg,
                                       String lotNumber, LocalDate expiry) { }
