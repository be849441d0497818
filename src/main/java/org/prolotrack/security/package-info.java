/** Accounts, roles and sign-in: who is using ProloTrack, and for which clinic or patient. */
package org.prolotrack.security;
