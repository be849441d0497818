/** Versioned clinical reference data (indications, contraindication rules, drug classes, agents ...), read-only. */
package org.prolotrack.knowledge;
