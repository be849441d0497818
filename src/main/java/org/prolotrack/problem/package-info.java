/**
 * How a module refuses a request it cannot do as asked: a plain {@link org.prolotrack.problem.Refusal} of a kind
 * (invalid, not found, forbidden, conflict, unprocessable) with a title, a detail and named details, optionally the
 * form fields at fault. No HTTP here: the web module turns refusals into RFC 9457 problems and error pages in one
 * place, the FHIR server into OperationOutcomes. Depends on no other module.
 */
package org.prolotrack.problem;
