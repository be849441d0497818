package org.prolotrack.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.procedure.ProcedureNoteView;
import org.prolotrack.screening.Laterality;
import org.prolotrack.screening.PlannedCourse;
import org.prolotrack.screening.internal.rules.SiteCatalog;

/**
 * What a series (and a session's injections) needs a screening to have covered: each site as a body region of
 * knowledge/screening/body-sites.json with its side, and each agent. A screening covers a side it screened, or both
 * sides when it screened the region without a side, bilaterally or at the midline; a midline region needs the region
 * only. A screening with no sites ("any site not yet chosen") covers no site.
 */
final class SeriesCourse {

    /** One thing to be covered: a region on one side (null side: a midline region), or an agent. */
    record Need(String region, Laterality side, String agent) {

        String label(SiteCatalog sites) {
            if (agent != null) {
                return agent;
            }
            var name = known(sites, region) ? sites.region(region).label().toLowerCase(java.util.Locale.ROOT) : region;
            return side == null ? name : side.name().toLowerCase(java.util.Locale.ROOT) + " " + name;
        }
    }

    private final SiteCatalog sites;
    private final Set<Need> needs = new LinkedHashSet<>();

    private SeriesCourse(SiteCatalog sites) {
        this.sites = sites;
    }

    /** The plan's targets and agents. */
    static SeriesCourse of(TreatmentPlanView plan, SiteCatalog sites) {
        var course = new SeriesCourse(sites);
        for (var t : plan.targets()) {
            course.site(regionsOf(sites, t.region(), t.siteName()), t.laterality());
        }
        plan.agents().forEach(a -> course.needs.add(new Need(null, null, a)));
        return course;
    }

    /** Adds what a session's injections used: their sites (as the plan maps them) and agents. */
    SeriesCourse withInjections(ProcedureNoteView note, TreatmentPlanView plan) {
        for (var i : note.injections()) {
            var target = plan.targets().stream().filter(t -> t.siteId().equals(i.siteId())).findFirst();
            site(target.map(t -> regionsOf(sites, t.region(), t.siteName()))
                    .orElseGet(() -> regionsOf(sites, null, i.siteName())), i.laterality());
            if (i.dextrosePercent() != null && i.dextrosePercent().signum() > 0) {
                needs.add(new Need(null, null, "dextrose"));
            }
            if (i.anestheticAgent() != null && i.anestheticMg() != null && i.anestheticMg().signum() > 0) {
                needs.add(new Need(null, null, i.anestheticAgent()));
            }
        }
        return this;
    }

    /** The sites to screen for this course, one per region and side as planned. */
    List<PlannedCourse.Site> screeningSites() {
        var out = new LinkedHashSet<PlannedCourse.Site>();
        for (var n : needs) {
            if (n.agent() == null) {
                out.add(new PlannedCourse.Site(n.region(), n.side()));
            }
        }
        return List.copyOf(out);
    }

    List<String> agents() {
        return needs.stream().filter(n -> n.agent() != null).map(Need::agent).toList();
    }

    /** The regions of the course (for their bleeding-risk tier). */
    Set<String> regions() {
        var out = new LinkedHashSet<String>();
        needs.stream().filter(n -> n.agent() == null).forEach(n -> out.add(n.region()));
        return out;
    }

    /** What {@code screened} does not cover, as labels ("left knee", "procaine"); empty when it covers all. */
    List<String> uncoveredBy(PlannedCourse screened) {
        var out = new ArrayList<String>();
        for (var n : needs) {
            if (!covers(screened, n)) {
                out.add(n.label(sites));
            }
        }
        return out;
    }

    private boolean covers(PlannedCourse screened, Need n) {
        if (n.agent() != null) {
            return screened.agents().contains(n.agent());
        }
        return screened.sites().stream().filter(s -> s.region().equals(n.region())).anyMatch(s -> n.side() == null
                || s.laterality() == null || s.laterality() == Laterality.BILATERAL
                || s.laterality() == Laterality.MIDLINE || s.laterality() == n.side());
    }

    /** A site needs each side it is on: a lateral region without a side or bilateral needs both. */
    private void site(Set<String> regions, String laterality) {
        var side = Laterality.parse(laterality);
        for (var region : regions) {
            boolean lateral = !known(sites, region) || sites.region(region).lateral();
            if (!lateral || side == Laterality.MIDLINE) {
                needs.add(new Need(region, null, null));
            } else if (side == Laterality.LEFT || side == Laterality.RIGHT) {
                needs.add(new Need(region, side, null));
            } else {
                needs.add(new Need(region, Laterality.LEFT, null));
                needs.add(new Need(region, Laterality.RIGHT, null));
            }
        }
    }

    /** A target's regions: its own region id when that is a screening region, else what its names mention. */
    private static Set<String> regionsOf(SiteCatalog sites, String region, String name) {
        if (region != null && known(sites, region)) {
            return Set.of(region);
        }
        var found = sites.regionsOf(((region == null ? "" : region) + " " + (name == null ? "" : name)).strip(), List.of());
        if (!found.isEmpty()) {
            return found;
        }
        return Set.of(region != null ? region : name);
    }

    private static boolean known(SiteCatalog sites, String region) {
        return sites.regions().stream().anyMatch(r -> r.id().equals(region));
    }
}
