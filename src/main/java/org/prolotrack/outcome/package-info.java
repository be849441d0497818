/** Outcome measures: instruments, responses and scores, collection schedules, responder analysis. */
package org.prolotrack.outcome;
