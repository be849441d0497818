package org.prolotrack.fhir.internal;

import java.util.List;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/** AllergyIntolerance: read, and search by patient. */
@Component
class AllergyIntoleranceResourceProvider implements IResourceProvider {

    private final ChartAccess charts;

    AllergyIntoleranceResourceProvider(ChartAccess charts) {
        this.charts = charts;
    }

    @Override
    public Class<AllergyIntolerance> getResourceType() {
        return AllergyIntolerance.class;
    }

    @Read
    public AllergyIntolerance read(@IdParam IdType id) {
        var chart = charts.chartOfEntry(id, "AllergyIntolerance");
        return chart.allergies().stream().filter(a -> a.id().toString().equals(id.getIdPart())).findFirst()
                .map(a -> ChartResources.allergy(chart, a))
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public List<AllergyIntolerance> search(@RequiredParam(name = AllergyIntolerance.SP_PATIENT) ReferenceParam patient) {
        return charts.chart(patient).stream()
                .flatMap(chart -> chart.allergies().stream().map(a -> ChartResources.allergy(chart, a)))
                .toList();
    }
}
