/** Patients: demographics, weight, problem list, medications, allergies, prior conservative care, imaging. */
package org.prolotrack.patient;
