package org.prolotrack.fhir.internal;

import java.util.List;
import java.util.Set;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.prolotrack.patient.PatientChart;
import org.springframework.stereotype.Component;

/** Condition (the problem list): read, and search by patient, code and clinical-status. */
@Component
class ConditionResourceProvider implements IResourceProvider {

    private static final Set<String> ACTIVE = Set.of("active", "recurrence", "relapse");
    private static final Set<String> RESOLVED = Set.of("inactive", "remission", "resolved");

    private final ChartAccess charts;

    ConditionResourceProvider(ChartAccess charts) {
        this.charts = charts;
    }

    @Override
    public Class<Condition> getResourceType() {
        return Condition.class;
    }

    @Read
    public Condition read(@IdParam IdType id) {
        var chart = charts.chartOfEntry(id, "Condition");
        return chart.conditions().stream().filter(c -> c.id().toString().equals(id.getIdPart())).findFirst()
                .map(c -> ChartResources.condition(chart, c))
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public List<Condition> search(@RequiredParam(name = Condition.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = Condition.SP_CODE) TokenParam code,
                                  @OptionalParam(name = Condition.SP_CLINICAL_STATUS) TokenParam status) {
        return charts.chart(patient).stream()
                .flatMap(chart -> chart.conditions().stream()
                        .filter(c -> TokenMatch.code(code, c.codeSystem(), c.code()))
                        .filter(c -> TokenMatch.status(status,
                                c.status() == PatientChart.Condition.Status.ACTIVE ? ACTIVE : RESOLVED))
                        .map(c -> ChartResources.condition(chart, c)))
                .toList();
    }
}
