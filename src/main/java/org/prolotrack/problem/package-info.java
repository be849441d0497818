/**
 * How a module refuses a request it cannot do as asked: an RFC 9457 problem that names the form fields at fault, so
 * the API answers problem+json and the pages show each message next to its field. Depends on no other module.
 */
package org.prolotrack.problem;
