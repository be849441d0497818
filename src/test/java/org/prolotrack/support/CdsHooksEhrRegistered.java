package org.prolotrack.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the test classes that call CDS Hooks: registers {@link CdsHooksEhr} as an EHR client. Declared once here
 * so that every such class shares one application context.
 */
public abstract class CdsHooksEhrRegistered {

    @DynamicPropertySource
    static void registerTheTestEhr(DynamicPropertyRegistry registry) {
        CdsHooksEhr.register(registry);
    }
}
