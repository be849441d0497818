package org.prolotrack.consent.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.consent.ConsentException;
import org.prolotrack.consent.ConsentTemplates;
import org.prolotrack.security.CurrentUser;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing consent template versions. Clinicians and staff of the clinic, and admins, read the versions;
 * only clinicians of the clinic and admins publish (the text is what patients consent to, a clinical
 * responsibility). Someone from another clinic is answered 404, as if the clinic did not exist.
 */
@Service
@Transactional(readOnly = true)
class ConsentTemplateService implements ConsentTemplates {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;

    private final ConsentTemplateStore store;
    private final ClinicDirectory clinics;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final RequiredSections required = RequiredSections.fromKnowledge();

    ConsentTemplateService(ConsentTemplateStore store, ClinicDirectory clinics, CurrentUsers users, AuditTrail audit) {
        this.store = store;
        this.clinics = clinics;
        this.users = users;
        this.audit = audit;
    }

    @Override
    public List<TemplateVersion> versions(UUID clinicId) {
        requireReader(clinicId);
        return store.versions(clinicId);
    }

    @Override
    public boolean mayPublish(UUID clinicId) {
        var u = users.currentOrSystem();
        return u.is(Role.ADMIN) || (u.is(Role.CLINICIAN) && u.worksAt(clinicId));
    }

    @Override
    @Transactional
    public TemplateVersion publish(UUID clinicId, NewVersion v) {
        var u = requireReader(clinicId);
        if (!mayPublish(clinicId)) {
            throw new ConsentException(org.prolotrack.problem.Refusal.Kind.FORBIDDEN,
                    "Only clinicians of the clinic or admins may publish a consent template.");
        }
        var title = v.title() == null ? "" : v.title().strip();
        var body = v.body() == null ? "" : v.body().strip();
        var errors = new LinkedHashMap<String, String>();
        if (title.isEmpty()) {
            errors.put("title", "Give the form a title.");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "At most " + MAX_TITLE + " characters.");
        }
        if (body.isEmpty()) {
            errors.put("body", "The text is empty.");
        } else if (body.length() > MAX_BODY) {
            errors.put("body", "At most " + MAX_BODY + " characters.");
        } else {
            var missing = required.missingFrom(body);
            if (!missing.isEmpty()) {
                errors.put("body", "The text is missing required sections: " + String.join("; ", missing)
                        + ". Each needs its \"## heading\" line and text under it.");
            }
        }
        if (!errors.isEmpty()) {
            throw new ConsentException(org.prolotrack.problem.Refusal.Kind.INVALID, "The consent template cannot be published as written.", errors);
        }
        var current = store.current(clinicId);
        if (v.basedOnVersion() != null && current.isPresent() && current.get().version() != v.basedOnVersion()) {
            throw new ConsentException(org.prolotrack.problem.Refusal.Kind.CONFLICT, "Version " + current.get().version()
                    + " was published since you started from version " + v.basedOnVersion() + "; start again from it.");
        }
        var source = "Edited by " + u.username() + current.map(c -> " from version " + c.version()).orElse("");
        var t = store.publish(clinicId, title, body, source, u.username());
        audit.record("CONSENT_TEMPLATE_PUBLISH", null, "clinic " + clinicId + " version " + t.version());
        return store.versions(clinicId).getFirst();
    }

    private CurrentUser requireReader(UUID clinicId) {
        var u = users.currentOrSystem();
        if (!(u.is(Role.ADMIN) || u.is(Role.CLINICIAN) || u.is(Role.STAFF))) {
            throw new ConsentException(org.prolotrack.problem.Refusal.Kind.FORBIDDEN, "Only clinic staff may see consent templates.");
        }
        if (clinics.clinic(clinicId).isEmpty() || !(u.is(Role.ADMIN) || u.worksAt(clinicId))) {
            throw new ConsentException(org.prolotrack.problem.Refusal.Kind.NOT_FOUND, "No clinic " + clinicId);
        }
        return u;
    }
}
