package org.prolotrack.patient.internal;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import org.prolotrack.patient.PatientDataException;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.patient.PatientRegistry;
import org.prolotrack.patient.PatientRegistry.EntryKind;
import org.prolotrack.patient.internal.PatientApiRequests.AllergyRequest;
import org.prolotrack.patient.internal.PatientApiRequests.CareRequest;
import org.prolotrack.patient.internal.PatientApiRequests.ConditionRequest;
import org.prolotrack.patient.internal.PatientApiRequests.DateRequest;
import org.prolotrack.patient.internal.PatientApiRequests.ImagingRequest;
import org.prolotrack.patient.internal.PatientApiRequests.MedicationRequest;
import org.prolotrack.patient.internal.PatientApiRequests.PatientRequest;
import org.prolotrack.patient.internal.PatientApiRequests.VoidRequest;
import org.prolotrack.patient.internal.PatientApiRequests.WeightRequest;
import org.prolotrack.patient.internal.PatientJson.Created;
import org.prolotrack.patient.internal.PatientJson.Patient;
import org.prolotrack.patient.internal.PatientJson.PatientPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the patient module: {@code /api/patients}. Denied or absent patients answer 404 alike. */
@RestController
@RequestMapping("/api/patients")
class PatientApiController {

    private final PatientRecords records;
    private final PatientRegistry registry;
    private final ChartQueries queries;

    PatientApiController(PatientRecords records, PatientRegistry registry, ChartQueries queries) {
        this.records = records;
        this.registry = registry;
        this.queries = queries;
    }

    @GetMapping
    PatientPage search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "20") int size) {
        return PatientPage.of(records.search(q, page, size));
    }

    @GetMapping("/{id}")
    Patient get(@PathVariable UUID id) {
        var chart = records.get(id);
        return Patient.of(chart, queries.version(id).orElse(0));
    }

    @PostMapping
    ResponseEntity<Patient> register(@Valid @RequestBody PatientRequest body) {
        var id = registry.register(body.clinicId(), body.demographics());
        return ResponseEntity.created(URI.create("/api/patients/" + id)).body(get(id));
    }

    @PutMapping("/{id}")
    Patient update(@PathVariable UUID id, @Valid @RequestBody PatientRequest body) {
        if (body.version() == null) {
            throw PatientDataException.invalid("version", "Send the version you read, so a concurrent change is not overwritten.");
        }
        registry.updateDemographics(id, body.version(), body.demographics());
        return get(id);
    }

    @PostMapping("/{id}/weight")
    Patient weight(@PathVariable UUID id, @Valid @RequestBody WeightRequest body) {
        registry.recordWeight(id, body.weightKg(), body.measuredOn());
        return get(id);
    }

    @PostMapping("/{id}/conditions")
    ResponseEntity<Created> addCondition(@PathVariable UUID id, @Valid @RequestBody ConditionRequest body) {
        return created(id, "conditions", registry.addCondition(id, body.entry()));
    }

    @PutMapping("/{id}/conditions/{conditionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void editCondition(@PathVariable UUID id, @PathVariable UUID conditionId, @Valid @RequestBody ConditionRequest body) {
        registry.editCondition(id, conditionId, body.entry(), body.version());
    }

    @PostMapping("/{id}/conditions/{conditionId}/resolve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resolve(@PathVariable UUID id, @PathVariable UUID conditionId, @Valid @RequestBody(required = false) DateRequest body) {
        registry.resolveCondition(id, conditionId, body == null ? null : body.date());
    }

    @PostMapping("/{id}/medications")
    ResponseEntity<Created> addMedication(@PathVariable UUID id, @Valid @RequestBody MedicationRequest body) {
        return created(id, "medications", registry.addMedication(id, body.entry()));
    }

    @PostMapping("/{id}/medications/{medicationId}/stop")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void stop(@PathVariable UUID id, @PathVariable UUID medicationId, @Valid @RequestBody(required = false) DateRequest body) {
        registry.stopMedication(id, medicationId, body == null ? null : body.date());
    }

    @PostMapping("/{id}/allergies")
    ResponseEntity<Created> addAllergy(@PathVariable UUID id, @Valid @RequestBody AllergyRequest body) {
        return created(id, "allergies", registry.addAllergy(id, body.entry()));
    }

    @PostMapping("/{id}/conservative-care")
    ResponseEntity<Created> addCare(@PathVariable UUID id, @Valid @RequestBody CareRequest body) {
        return created(id, "conservative-care", registry.addConservativeCare(id, body.entry()));
    }

    @PostMapping("/{id}/imaging")
    ResponseEntity<Created> addImaging(@PathVariable UUID id, @Valid @RequestBody ImagingRequest body) {
        return created(id, "imaging", registry.addImaging(id, body.entry()));
    }

    /** {@code kind}: conditions, medications, allergies, conservative-care or imaging. */
    @PostMapping("/{id}/{kind}/{entryId}/void")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void voidEntry(@PathVariable UUID id, @PathVariable String kind, @PathVariable UUID entryId,
                   @Valid @RequestBody VoidRequest body) {
        registry.voidEntry(id, kindOf(kind), entryId, body.reason());
    }

    static EntryKind kindOf(String path) {
        return switch (path) {
            case "conditions" -> EntryKind.CONDITION;
            case "medications" -> EntryKind.MEDICATION;
            case "allergies" -> EntryKind.ALLERGY;
            case "conservative-care" -> EntryKind.CONSERVATIVE_CARE;
            case "imaging" -> EntryKind.IMAGING;
            default -> throw new IllegalArgumentException("Unknown kind of entry '" + path
                    + "'; use conditions, medications, allergies, conservative-care or imaging.");
        };
    }

    private static ResponseEntity<Created> created(UUID patient, String kind, UUID entry) {
        return ResponseEntity.created(URI.create("/api/patients/" + patient + "/" + kind + "/" + entry)).body(new Created(entry));
    }
}
