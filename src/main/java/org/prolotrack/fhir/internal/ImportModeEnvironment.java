package org.prolotrack.fhir.internal;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code --import=<folder>} on the command line, ProloTrack runs as an import tool: the application context is
 * built as usual but no HTTP port is opened ({@code server.port=-1}), and the process exits when the import is done.
 */
class ImportModeEnvironment implements EnvironmentPostProcessor {

    static final String OPTION = "import";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(OPTION)) {
            environment.getPropertySources().addFirst(new MapPropertySource("prolotrack-import-mode",
                    Map.of("server.port", "-1")));
        }
    }
}
