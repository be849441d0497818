/** The patient UI: the portal under /portal and the personal-link pages under /q (controllers and templates). */
package org.prolotrack.portal;
