/** Self-pay billing: clinic price lists, Good Faith Estimates, invoices from signed procedure notes, payments, superbills. */
package org.prolotrack.billing;
