/** Informed consent: versioned plain-language templates per clinic, consents signed on a tablet or by personal link, withdrawal, PDFs. */
package org.prolotrack.consent;
