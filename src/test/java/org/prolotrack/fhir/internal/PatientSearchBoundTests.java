package org.prolotrack.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.patient.PatientSummary;
import org.prolotrack.patient.VoidedEntry;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * A FHIR Patient search reads the patient module page by page; one that would read more than
 * {@link PatientResourceProvider#MAX_SCAN} patients is refused with a 400 saying how to narrow it, before any page
 * beyond the first is read.
 */
class PatientSearchBoundTests {

    /** A clinic of {@code size} patients, counting the pages read. */
    static final class Clinic implements PatientRecords {
        final List<PatientSummary> patients = new ArrayList<>();
        int pagesRead;

        Clinic(int size) {
            var clinic = UUID.randomUUID();
            for (int i = 0; i < size; i++) {
                patients.add(new PatientSummary(UUID.randomUUID(), clinic, "M-" + i, "Given" + i, "Family" + i,
                        LocalDate.of(1960, 1, 1).plusDays(i), PatientChart.Sex.FEMALE));
            }
        }

        @Override
        public Page search(String query, int page, int size) {
            pagesRead++;
            int from = Math.min(page * size, patients.size());
            return new Page(patients.subList(from, Math.min(from + size, patients.size())), patients.size(), page, size);
        }

        @Override
        public PatientChart get(UUID patientId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<VoidedEntry> voidedEntries(UUID patientId) {
            return List.of();
        }

        @Override
        public void requireAccess(UUID patientId, String action) {
        }

        @Override
        public Optional<PatientChart> readAsSystem(UUID patientId, String purpose) {
            return Optional.empty();
        }
    }

    private static PatientResourceProvider over(Clinic clinic) {
        var beans = new StaticListableBeanFactory();
        beans.addBean("records", clinic);
        return new PatientResourceProvider(new ChartAccess(beans.getBeanProvider(PatientRecords.class), null));
    }

    @Test
    void aSearchOfEveryPatientInAClinicOfAtMostTheLimitAnswersThemAll() {
        var clinic = new Clinic(PatientResourceProvider.MAX_SCAN);

        var found = over(clinic).search(null, null, null);

        assertThat(found.size()).isEqualTo(PatientResourceProvider.MAX_SCAN);
        assertThat(found.getResources(0, PatientResourceProvider.MAX_SCAN)).hasSize(PatientResourceProvider.MAX_SCAN)
                .extracting(r -> r.getIdElement().getIdPart()).doesNotHaveDuplicates();
    }

    @Test
    void aSearchThatWouldReadMoreThanTheLimitIsRefusedAfterOnePage() {
        var clinic = new Clinic(PatientResourceProvider.MAX_SCAN + 1);

        assertThatThrownBy(() -> over(clinic).search(null, null, null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("would read " + (PatientResourceProvider.MAX_SCAN + 1) + " patients")
                .hasMessageContaining("Patient/$export");
        assertThat(clinic.pagesRead).isEqualTo(1);
    }
}
