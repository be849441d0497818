package org.prolotrack.web.consent;

/** The form for publishing a new consent template version (as typed; validated by the consent module). */
record TemplateForm(String title, String body, Integer basedOnVersion) { }
