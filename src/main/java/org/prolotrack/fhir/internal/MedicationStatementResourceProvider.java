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
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.prolotrack.patient.PatientChart;
import org.springframework.stereotype.Component;

/**
 * MedicationStatement: the patient's medication list as what they take (status active or stopped). The same
 * list is also served as MedicationRequest; both carry the medication's ProloTrack id.
 */
@Component
class MedicationStatementResourceProvider implements IResourceProvider {

    private final ChartAccess charts;

    MedicationStatementResourceProvider(ChartAccess charts) {
        this.charts = charts;
    }

    @Override
    public Class<MedicationStatement> getResourceType() {
        return MedicationStatement.class;
    }

    @Read
    public MedicationStatement read(@IdParam IdType id) {
        var chart = charts.chartOfEntry(id, "MedicationStatement");
        return chart.medications().stream().filter(m -> m.id().toString().equals(id.getIdPart())).findFirst()
                .map(m -> ChartResources.medicationStatement(chart, m))
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public List<MedicationStatement> search(@RequiredParam(name = MedicationStatement.SP_PATIENT) ReferenceParam patient,
                                          @OptionalParam(name = MedicationStatement.SP_STATUS) TokenParam status) {
        return charts.chart(patient).stream()
                .flatMap(chart -> chart.medications().stream()
                        .filter(m -> TokenMatch.status(status, Set.of(
                                m.status() == PatientChart.Medication.Status.ACTIVE ? "active" : "stopped")))
                        .map(m -> ChartResources.medicationStatement(chart, m)))
                .toList();
    }
}
