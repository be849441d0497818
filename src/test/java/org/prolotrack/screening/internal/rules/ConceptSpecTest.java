package org.prolotrack.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.prolotrack.knowledge.KnowledgeException;

/** How the knowledge files' code ranges and SNOMED CT expansions are read. */
class ConceptSpecTest {

    @Test
    void theRangeD65ToD69IsItsFiveCategories() {
        assertThat(ConceptSpec.expand(List.of("D65-D69"))).containsExactly("D65", "D66", "D67", "D68", "D69");
    }

    @Test
    void aRangeInsideACategoryKeepsItsStem() {
        assertThat(ConceptSpec.expand(List.of("M54.50-M54.52"))).containsExactly("M5450", "M5451", "M5452");
    }

    @Test
    void aBackwardsOrUnevenRangeIsRefused() {
        assertThatThrownBy(() -> ConceptSpec.expand(List.of("D69-D65"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ConceptSpec.expand(List.of("D65-D69.9"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSnomedExpansionWithoutItsSourceOrWithABadCertaintyIsRefused() {
        assertThatThrownBy(() -> new ConceptSpec.SnomedExpansion("64779008", "x", List.of("28293008"), null, "V-2°"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ConceptSpec.SnomedExpansion("64779008", "x", List.of(), "a table", "sure"))
                .isInstanceOf(KnowledgeException.class);
    }

    @Test
    void anExpansionsConceptAndDescendantsBecomeCodesOfTheConcept() {
        var spec = new ConceptSpec("c", "C", null, null, List.of("1"),
                List.of(new ConceptSpec.SnomedExpansion("2", "two", List.of("3", "4"), "a table", "UNVERIFIED")),
                null, null, null, null, null, "s", "V");
        assertThat(spec.snomed()).containsExactly("1", "2", "3", "4");
    }

    @Test
    void aRegionWithoutASourcedBleedingRiskIsRefused() {
        assertThatThrownBy(() -> new SiteCatalog.BleedingRisk(SiteCatalog.BleedingTier.LOW, "", "V-2°"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SiteCatalog.Region("knee", "Knee", true, List.of("knee"), List.of(), null, "s", "V"))
                .isInstanceOf(IllegalStateException.class);
    }
}
