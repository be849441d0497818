/** Candidacy and contraindication screening: rules as named policies, stored results, the clinician's decision, CDS Hooks. */
package org.prolotrack.screening;
