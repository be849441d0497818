package org.prolotrack.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequiredSectionsTests {

    private final RequiredSections required = RequiredSections.fromKnowledge();
    private final String body = ConsentTemplateStore.defaultTemplate().body();

    @Test
    void theDefaultTemplateKeepsEveryRequiredSection() {
        assertThat(required.missingFrom(body)).isEmpty();
    }

    @Test
    void removingTheCostSectionNamesIt() {
        var without = body.replaceAll("(?s)## Cost.*?(?=## )", "");
        assertThat(required.missingFrom(without)).containsExactly("Cost (usually self-paid)");
    }

    @Test
    void aSectionWhoseHeadingStaysButWhoseKeyStatementGoesIsMissing() {
        var without = body.replace("You may also choose to do nothing.", "");
        assertThat(required.missingFrom(without)).containsExactly("Alternatives, including doing nothing");
        var noTemporary = body.replace("and may be temporary", "");
        assertThat(required.missingFrom(noTemporary))
                .containsExactly("Not FDA-approved as a treatment; results vary and may be temporary");
    }

    @Test
    void anEmptyTextMissesAllSevenSections() {
        assertThat(required.missingFrom("")).hasSize(7);
    }
}
