package org.prolotrack.consent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The consent template versions of a clinic. A version, once published, never changes; the current one is the
 * latest. Clinic staff of the clinic (and admins) may read them; clinicians of the clinic and admins publish.
 */
public interface ConsentTemplates {

    record TemplateVersion(UUID id, UUID clinicId, int version, String title, String body, String source,
                           OffsetDateTime publishedAt, String publishedBy, boolean current) { }

    /**
     * @param basedOnVersion the version the author edited; when set and no longer the current one, the
     *                       publication is refused (409) rather than silently overwriting a colleague's version
     */
    record NewVersion(String title, String body, Integer basedOnVersion) { }

    /** All versions of the clinic, newest first. */
    List<TemplateVersion> versions(UUID clinicId);

    /** Publishes a new version that becomes the current one; refuses a text missing a required section (400). */
    TemplateVersion publish(UUID clinicId, NewVersion version);

    /** May the signed-in user publish for this clinic (clinician of the clinic, or admin)? */
    boolean mayPublish(UUID clinicId);
}
