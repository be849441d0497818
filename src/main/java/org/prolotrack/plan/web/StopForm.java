package org.prolotrack.plan.web;

/** Why a series stops, as typed. */
record StopForm(String reason, String note) { }
