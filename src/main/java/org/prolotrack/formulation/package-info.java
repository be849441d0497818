/** Solution recipes, dilution maths and anesthetic dose limits (plain Java; the knowledge it uses is passed in). */
package org.prolotrack.formulation;
