package org.prolotrack.fhir.internal;

import java.util.Date;
import java.util.List;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.InstantType;
import org.prolotrack.patient.PatientSummary;

/**
 * A Patient search's matches kept as summaries (a few hundred bytes each) while {@link SearchPages} holds them for
 * later pages; each page becomes FHIR Patients only when it is served.
 */
final class PatientMatches implements IBundleProvider {

    private final List<PatientSummary> matches;
    private final InstantType published = new InstantType(new Date());

    PatientMatches(List<PatientSummary> matches) {
        this.matches = List.copyOf(matches);
    }

    @Override
    public IPrimitiveType<Date> getPublished() {
        return published;
    }

    @Override
    public List<IBaseResource> getResources(int fromIndex, int toIndex) {
        int to = Math.min(toIndex, matches.size());
        return matches.subList(Math.min(fromIndex, to), to).stream().<IBaseResource>map(ChartResources::patient).toList();
    }

    @Override
    public String getUuid() {
        return null;
    }

    @Override
    public Integer preferredPageSize() {
        return null;
    }

    @Override
    public Integer size() {
        return matches.size();
    }
}
