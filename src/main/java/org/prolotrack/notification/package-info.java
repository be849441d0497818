/** Outgoing e-mail through a database outbox: claimed once across instances, retried, failures visible to staff. */
package org.prolotrack.notification;
