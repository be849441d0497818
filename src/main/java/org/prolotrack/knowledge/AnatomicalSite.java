package org.prolotrack.knowledge;

import java.math.BigDecimal;

/**
 * An injection target of the anatomical catalogue ({@code knowledge/plan/anatomical-catalogue.json}).
 *
 * @param structureKind LIGAMENT, TENDON_INSERTION, TENDON_SHEATH, FASCIA, JOINT_LARGE, JOINT_INTERMEDIATE,
 *                      JOINT_SMALL, SPINAL_LIGAMENT or SACROILIAC_JOINT
 * @param lateral       whether the site has a side (left/right)
 * @param usualGuidance ULTRASOUND, FLUOROSCOPY or LANDMARK
 * @param usualVolumeMl a default per injection; null when the sources give no figure
 */
public record AnatomicalSite(String id, String name, String region, String structureKind, boolean lateral,
                             boolean intraArticular, String usualGuidance, BigDecimal usualVolumeMl,
                             String source, String certainty) { }
