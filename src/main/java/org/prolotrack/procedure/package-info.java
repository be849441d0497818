/** The procedure note of each session: checklist, injections, times, signature, addenda. */
package org.prolotrack.procedure;
