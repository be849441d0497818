package org.prolotrack.screening;

import java.util.List;

/** The site regions and agents a planned course can name (ids from the knowledge files) and the default agents. */
public record ScreeningOptions(List<Option> regions, List<Option> agents, List<String> defaultAgents,
                               String defaultFormulation) {

    public record Option(String id, String label) { }
}
