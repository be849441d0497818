/** The treatment series (course of care): targets, protocol, session count, interval windows, stop rules, status. */
package org.prolotrack.plan;
