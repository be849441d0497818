package org.prolotrack.web.plan;

/** Why a series stops, as typed. */
record StopForm(String reason, String note) { }
