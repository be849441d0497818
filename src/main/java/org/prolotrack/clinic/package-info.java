/** The clinics of the network: providers and their licences, rooms, equipment (ultrasound, fluoroscopy). */
package org.prolotrack.clinic;
