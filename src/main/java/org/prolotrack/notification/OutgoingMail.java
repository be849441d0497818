package org.prolotrack.notification;

import java.util.List;
import java.util.UUID;

/**
 * An e-mail to send.
 *
 * @param dedupKey   the same key is sent at most once (e.g. "reminder:{appointmentId}:48h")
 * @param patientId  the patient it concerns, if any (for the staff view of failures)
 * @param clinicId   the clinic whose staff see its failures
 */
public record OutgoingMail(String dedupKey, String to, String subject, String textBody, String htmlBody,
                           List<Attachment> attachments, UUID patientId, UUID clinicId) {

    public record Attachment(String fileName, String contentType, byte[] content) { }

    public OutgoingMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
