/** The patient UI: the portal under /portal (a patient's own record and care) and the personal-link pages under /q. */
package org.prolotrack.portal;
