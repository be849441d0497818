/** Safety: side effects and adverse events, post-procedure check-ins, red-flag alerts to the clinic. */
package org.prolotrack.safety;
