/** The access log: who read or changed which patient's data, when and from where. Append-only. */
package org.prolotrack.audit;
