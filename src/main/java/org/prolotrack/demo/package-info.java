/** The demo network seeded on the embedded default: clinics, providers, rooms, accounts and patients. */
package org.prolotrack.demo;
