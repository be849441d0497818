package org.prolotrack.fhir.internal;

/** Marks a bean holding server-level FHIR operations (HAPI plain provider): registered on the FHIR server. */
interface FhirOperations { }
