package org.prolotrack.consent.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.billing.Estimate;
import org.prolotrack.billing.Estimates;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.consent.ConsentException;
import org.prolotrack.consent.ConsentView;
import org.prolotrack.consent.Consents;
import org.prolotrack.documents.PdfDocuments;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.PersonalLinks;
import org.prolotrack.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

@Service
@Transactional(readOnly = true)
class ConsentService implements Consents {

    static final String LINK_PURPOSE = "consent";
    static final Duration LINK_VALIDITY = Duration.ofDays(14);

    private final ConsentRepository consents;
    private final ConsentTemplateStore templates;
    private final TreatmentPlans plans;
    private final PatientRecords patients;
    private final ClinicDirectory clinics;
    private final Estimates estimates;
    private final PersonalLinks links;
    private final PdfDocuments pdfs;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ConsentLinkMail linkMail;

    ConsentService(ConsentRepository consents, ConsentTemplateStore templates, TreatmentPlans plans,
                   PatientRecords patients, ClinicDirectory clinics, Estimates estimates, PersonalLinks links,
                   PdfDocuments pdfs, CurrentUsers users, AuditTrail audit, ConsentLinkMail linkMail) {
        this.consents = consents;
        this.templates = templates;
        this.plans = plans;
        this.patients = patients;
        this.clinics = clinics;
        this.estimates = estimates;
        this.links = links;
        this.pdfs = pdfs;
        this.users = users;
        this.audit = audit;
        this.linkMail = linkMail;
    }

    @Override
    @Transactional
    public ConsentView prepare(UUID planId) {
        requireStaff();
        var plan = plans.find(planId).orElseThrow(() -> new ConsentException(org.prolotrack.problem.Refusal.Kind.NOT_FOUND, "No series " + planId));
        patients.requireAccess(plan.patientId(), "CONSENT_PREPARE");
        var template = templates.current(plan.clinicId()).orElseThrow(() -> new ConsentException(org.prolotrack.problem.Refusal.Kind.CONFLICT,
                "The clinic has no consent template yet."));
        var chart = patients.get(plan.patientId());
        var clinic = clinics.clinic(plan.clinicId()).orElseThrow();
        var provider = plan.providerId() == null ? null : clinics.provider(plan.providerId()).orElse(null);
        var estimate = estimateFor(planId);
        var document = ConsentDocument.fill(template.body(), ConsentFiller.values(chart, plan, clinic, provider, estimate));
        var id = UUID.randomUUID();
        consents.insert(new ConsentRepository.NewConsent(id, plan.patientId(), planId, plan.clinicId(), template.id(),
                template.version(), document, estimate == null ? null : estimate.expectedTotal().minor(),
                estimate == null ? null : estimate.expectedTotal().currency()), who());
        return consents.find(id).orElseThrow();
    }

    private Estimate estimateFor(UUID planId) {
        try {
            return estimates.latest(planId).or(() -> estimates.preview(planId)).orElse(null);
        } catch (org.prolotrack.problem.Refusal noEstimatePossible) {
            return null; // e.g. no injection targets yet: the form says the estimate comes from the front desk
        }
    }

    @Override
    public Optional<ConsentView> find(UUID consentId) {
        var c = consents.find(consentId);
        c.ifPresent(v -> patients.requireAccess(v.patientId(), "CONSENT_READ"));
        return c;
    }

    @Override
    public List<ConsentView> forPatient(UUID patientId) {
        patients.requireAccess(patientId, "CONSENT_READ");
        return consents.forPatient(patientId);
    }

    @Override
    public Optional<ConsentView> current(UUID planId) {
        var plan = plans.find(planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        patients.requireAccess(plan.get().patientId(), "CONSENT_READ");
        return currentUnchecked(planId);
    }

    Optional<ConsentView> currentUnchecked(UUID planId) {
        return consents.latestSigned(planId).filter(c -> c.status() == ConsentView.Status.SIGNED);
    }

    @Override
    @Transactional
    public ConsentView sign(UUID consentId, Signature signature) {
        var consent = existing(consentId, "CONSENT_SIGN");
        var user = users.currentOrSystem();
        boolean patientSelf = user.is(Role.PATIENT);
        return signAs(consent, signature, patientSelf ? ConsentView.SignedVia.PORTAL : ConsentView.SignedVia.TABLET,
                patientSelf ? null : user.displayName() + " (" + user.username() + ")", user.username());
    }

    @Override
    @Transactional
    public String issueLink(UUID consentId) {
        requireStaff();
        var consent = existing(consentId, "CONSENT_LINK_ISSUE");
        if (consent.status() != ConsentView.Status.PENDING) {
            throw new ConsentException(org.prolotrack.problem.Refusal.Kind.CONFLICT, "Only a consent waiting for a signature can be sent.");
        }
        var token = links.issue(consent.patientId(), LINK_PURPOSE, consentId, LINK_VALIDITY);
        linkMail.send(consent, patients.get(consent.patientId()), token);
        return token;
    }

    @Override
    @Transactional
    public Optional<ConsentView> openByLink(String token) {
        var consent = byLink(token);
        consent.ifPresent(c -> audit.recordAs("personal-link", "CONSENT_READ_BY_LINK", c.patientId(), c.id().toString()));
        return consent;
    }

    @Override
    @Transactional
    public ConsentView signByLink(String token, Signature signature) {
        var consent = byLink(token).orElseThrow(() -> new ConsentException(org.prolotrack.problem.Refusal.Kind.NOT_FOUND,
                "This link has expired or is not valid. Please ask the clinic for a new one."));
        var signed = signAs(consent, signature, ConsentView.SignedVia.PERSONAL_LINK, null, "personal-link");
        links.markUsed(token);
        audit.recordAs("personal-link", "CONSENT_SIGNED_BY_LINK", consent.patientId(), consent.id().toString());
        return signed;
    }

    @Override
    @Transactional
    public ConsentView withdraw(UUID consentId, String reason) {
        var consent = existing(consentId, "CONSENT_WITHDRAW");
        if (reason == null || reason.isBlank()) {
            throw new ConsentException(org.prolotrack.problem.Refusal.Kind.INVALID, "Say why the consent is withdrawn.",
                    java.util.Map.of("reason", "Say why the consent is withdrawn (the patient's words are fine)."));
        }
        if (!consents.withdraw(consentId, who(), clean(reason, 500))) {
            throw new ConsentException(org.prolotrack.problem.Refusal.Kind.CONFLICT, "This consent is " + consent.status()
                    .name().toLowerCase() + " and cannot be withdrawn.");
        }
        return consents.find(consentId).orElseThrow();
    }

    @Override
    public byte[] pdf(UUID consentId) {
        return pdfOf(existing(consentId, "CONSENT_PDF"));
    }

    @Override
    public byte[] pdfByLink(String token) {
        return pdfOf(byLink(token).orElseThrow(() -> new ConsentException(org.prolotrack.problem.Refusal.Kind.NOT_FOUND, "This link is not valid.")));
    }

    private byte[] pdfOf(ConsentView c) {
        if (c.signed()) {
            return consents.pdf(c.id()).orElseThrow();
        }
        var clinic = clinics.clinic(c.clinicId()).orElseThrow();
        return pdfs.render(ConsentDocument.draftPage(c.title(), clinic.name(), c.templateVersion(), c.document()));
    }

    private ConsentView signAs(ConsentView consent, Signature s, ConsentView.SignedVia via, String witness, String by) {
        var errors = new LinkedHashMap<String, String>();
        var name = clean(s.signerName(), 200);
        if (name.length() < 2) {
            errors.put("signerName", "Type your full name.");
        }
        SignatureImage.problem(s.signaturePng()).ifPresent(p -> errors.put("signature", p));
        if (!errors.isEmpty()) {
            throw new ConsentException(org.prolotrack.problem.Refusal.Kind.INVALID, "The consent was not signed.", errors);
        }
        if (consent.status() != ConsentView.Status.PENDING) {
            throw new ConsentException(org.prolotrack.problem.Refusal.Kind.CONFLICT, "This consent is " + consent.status().name().toLowerCase()
                    + "; it cannot be signed.");
        }
        var relationship = s.signerRelationship() == null || s.signerRelationship().isBlank() ? "self"
                : clean(s.signerRelationship(), 60);
        var clinic = clinics.clinic(consent.clinicId()).orElseThrow();
        var at = Instant.now();
        var page = ConsentDocument.signedPage(consent.title(), clinic.name(), consent.templateVersion(),
                consent.document(), new ConsentDocument.SignatureBlock(name, relationship, at, clinic.timeZone(),
                        describe(via), witness, s.signaturePng()));
        var hash = ConsentDocument.sha256(page);
        var pdf = pdfs.render(ConsentDocument.withHashFooter(page, hash));
        if (!consents.sign(consent.id(), new ConsentRepository.Signing(name, relationship, via, s.signaturePng(), at,
                witness, page, hash, pdf), by)) {
            throw new ConsentException(org.prolotrack.problem.Refusal.Kind.CONFLICT, "This consent was signed or withdrawn meanwhile.");
        }
        return consents.find(consent.id()).orElseThrow();
    }

    private static String describe(ConsentView.SignedVia via) {
        return switch (via) {
            case TABLET -> "in the clinic";
            case PERSONAL_LINK -> "through a personal link";
            case PORTAL -> "in the patient portal";
        };
    }

    /** The consent a personal link opens; a used link (the consent signed through it) opens nothing any more. */
    private Optional<ConsentView> byLink(String token) {
        return links.resolve(token, LINK_PURPOSE).filter(l -> l.usedAt() == null)
                .flatMap(l -> consents.find(l.subjectId()).filter(c -> c.patientId().equals(l.patientId())));
    }

    private ConsentView existing(UUID consentId, String action) {
        var consent = consents.find(consentId)
                .orElseThrow(() -> new ConsentException(org.prolotrack.problem.Refusal.Kind.NOT_FOUND, "No consent " + consentId));
        patients.requireAccess(consent.patientId(), action);
        return consent;
    }

    private void requireStaff() {
        var u = users.currentOrSystem();
        if (!(u.is(Role.ADMIN) || u.is(Role.CLINICIAN) || u.is(Role.STAFF))) {
            throw new ConsentException(org.prolotrack.problem.Refusal.Kind.FORBIDDEN, "Only clinic staff may prepare or send consents.");
        }
    }

    private String who() {
        return users.currentOrSystem().username();
    }

    private static String clean(String s, int max) {
        var t = s == null ? "" : s.replaceAll("\\p{Cntrl}", " ").strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
