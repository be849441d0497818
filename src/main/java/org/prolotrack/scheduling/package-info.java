/** Calendars, appointments with database-enforced exclusivity, series booking, the optimiser and reminders. */
package org.prolotrack.scheduling;
