package org.prolotrack.screening;

import java.util.List;

/**
 * What is planned: the sites (region ids of knowledge/screening/body-sites.json, with laterality) and the agents
 * (ids of knowledge/screening/agents.json). No sites means "any site not yet chosen".
 */
public record PlannedCourse(List<Site> sites, List<String> agents) {

    public PlannedCourse {
        sites = sites == null ? List.of() : List.copyOf(sites);
        agents = agents == null ? List.of() : List.copyOf(agents);
    }

    public record Site(String region, Laterality laterality) { }

    public boolean anySite() {
        return sites.isEmpty();
    }
}
