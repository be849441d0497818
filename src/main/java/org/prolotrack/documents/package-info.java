/** Renders patient-facing documents (aftercare sheets, consents, superbills) from HTML to PDF. */
package org.prolotrack.documents;
