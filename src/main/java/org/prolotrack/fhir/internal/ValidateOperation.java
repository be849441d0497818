package org.prolotrack.fhir.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Parameters;
import org.springframework.stereotype.Component;

/**
 * {@code POST /fhir/{type}/$validate} (FHIR's resource validation operation, R4): validates without storing
 * anything and answers 200 with an OperationOutcome — its issues, or one information issue when there are none. The
 * body is the resource itself or a Parameters resource with a {@code resource} part (and optionally {@code mode},
 * {@code profile}). Always HAPI's instance validator against the R4 core definitions (offline: profiles other than
 * the core ones are not available and are said to be so, SNOMED CT / RxNorm / LOINC codes are not checked). For a
 * Bundle it also says, as warnings, what would keep ProloTrack from importing it ({@code POST /fhir}). A body that
 * cannot be parsed, or whose type is not the one in the path, is a 400 OperationOutcome.
 */
@Component
@Interceptor
class ValidateOperation {

    private static final Pattern PATH = Pattern.compile("^/([A-Z][A-Za-z]+)/\\$validate$");

    private final FhirContext ctx;
    private final BundleValidation validation;
    private final BundleMapper mapper;
    private final FhirBodies bodies;

    ValidateOperation(FhirContext ctx, BundleValidation validation, BundleMapper mapper, FhirBodies bodies) {
        this.ctx = ctx;
        this.validation = validation;
        this.mapper = mapper;
        this.bodies = bodies;
    }

    /** The operation's definition in the FHIR R4 specification. */
    static final String DEFINITION = "http://hl7.org/fhir/OperationDefinition/Resource-validate";

    /**
     * Lists {@code $validate} in the CapabilityStatement (it is served here, outside HAPI's providers, so HAPI does
     * not see it): on every resource type the statement lists, and on the server for the other types and Bundle.
     */
    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void advertise(org.hl7.fhir.instance.model.api.IBaseConformance statement) {
        if (!(statement instanceof org.hl7.fhir.r4.model.CapabilityStatement cs)) {
            return;
        }
        for (var rest : cs.getRest()) {
            for (var resource : rest.getResource()) {
                if (resource.getOperation().stream().noneMatch(o -> o.getName().equals("validate"))) {
                    resource.addOperation().setName("validate").setDefinition(DEFINITION);
                }
            }
            if (rest.getOperation().stream().noneMatch(o -> o.getName().equals("validate"))) {
                rest.addOperation().setName("validate").setDefinition(DEFINITION)
                        .setDocumentation("POST [base]/{type}/$validate for any R4 resource type, Bundle included:"
                                + " HAPI's instance validator, nothing stored, an OperationOutcome in answer.");
            }
        }
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
    public boolean incoming(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var m = request.getPathInfo() == null ? null : PATH.matcher(request.getPathInfo());
        if (m == null || !m.matches()) {
            return true;
        }
        if (!"POST".equals(request.getMethod())) {
            throw new InvalidRequestException("$validate takes the resource to validate in a POST body.");
        }
        var type = m.group(1);
        if (ctx.getResourceTypes().stream().noneMatch(type::equals)) {
            throw new InvalidRequestException("Unknown resource type in the path: " + type + ".");
        }
        var body = new String(bodies.read(request), StandardCharsets.UTF_8);
        var contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        var parsed = bodies.parse(body, contentType.contains("xml"));
        String mode = request.getParameter("mode");
        String profile = request.getParameter("profile");
        IBaseResource resource = parsed;
        if (parsed instanceof Parameters parameters && !type.equals("Parameters")) {
            var part = parameters.getParameter("resource");
            if (part == null || part.getResource() == null) {
                throw new InvalidRequestException("The Parameters have no 'resource' part to validate.");
            }
            resource = part.getResource();
            mode = parameters.getParameter("mode") instanceof Parameters.ParametersParameterComponent p
                    && p.getValue() != null ? p.getValue().primitiveValue() : mode;
            profile = parameters.getParameter("profile") instanceof Parameters.ParametersParameterComponent p
                    && p.getValue() != null ? p.getValue().primitiveValue() : profile;
        }
        if (!resource.fhirType().equals(type)) {
            throw new InvalidRequestException("The body is a " + resource.fhirType() + ", the path validates a "
                    + type + ".");
        }
        if (mode != null && !(mode.equals("create") || mode.equals("update"))) {
            throw new InvalidRequestException("mode takes create or update here, not '" + mode + "'.");
        }
        bodies.write(request, response, outcome(resource, profile));
        return false;
    }

    private OperationOutcome outcome(IBaseResource resource, String profile) {
        var oo = new OperationOutcome();
        if (profile != null && !profile.startsWith("http://hl7.org/fhir/StructureDefinition/")) {
            oo.addIssue().setSeverity(IssueSeverity.WARNING).setCode(IssueType.NOTSUPPORTED)
                    .setDiagnostics("Profile " + profile + " is not available to this server (offline, R4 core"
                            + " definitions only): validated against the R4 core definition of "
                            + resource.fhirType() + ".");
        }
        for (var issue : validation.issues(resource)) {
            var i = oo.addIssue().setSeverity(severity(issue.severity()))
                    .setCode(issue.severity() == ResultSeverityEnum.INFORMATION ? IssueType.INFORMATIONAL
                            : IssueType.PROCESSING)
                    .setDiagnostics(issue.message());
            if (issue.location() != null) {
                i.addExpression(issue.location());
            }
        }
        if (resource instanceof Bundle bundle) {
            importability(bundle, oo);
        }
        if (oo.getIssue().stream().noneMatch(i -> i.getSeverity() == IssueSeverity.ERROR
                || i.getSeverity() == IssueSeverity.FATAL)) {
            oo.addIssue().setSeverity(IssueSeverity.INFORMATION).setCode(IssueType.INFORMATIONAL)
                    .setDiagnostics("No errors found: the " + resource.fhirType()
                            + " is valid against the R4 core definitions.");
        }
        return oo;
    }

    private void importability(Bundle bundle, OperationOutcome oo) {
        var problems = new java.util.ArrayList<String>();
        BundleImporter.typeProblem(bundle).ifPresent(problems::add);
        problems.addAll(mapper.map(bundle).problems());
        for (var p : problems) {
            oo.addIssue().setSeverity(IssueSeverity.WARNING).setCode(IssueType.BUSINESSRULE)
                    .setDiagnostics("ProloTrack would not import this bundle: " + p);
        }
    }

    private static IssueSeverity severity(ResultSeverityEnum s) {
        return switch (s) {
            case FATAL -> IssueSeverity.FATAL;
            case ERROR -> IssueSeverity.ERROR;
            case WARNING -> IssueSeverity.WARNING;
            case INFORMATION -> IssueSeverity.INFORMATION;
        };
    }
}
