/** FHIR R4 facade at /fhir over the module APIs: reads and searches, bundle import, bulk export. */
package org.prolotrack.fhir;
