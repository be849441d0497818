/** The clinician UI: pages under / (controllers and templates), built on the modules' APIs. */
package org.prolotrack.web;
