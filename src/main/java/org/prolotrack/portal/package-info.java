/** The patient portal: a patient's own record and care, read through the modules' APIs, under /portal. */
package org.prolotrack.portal;
