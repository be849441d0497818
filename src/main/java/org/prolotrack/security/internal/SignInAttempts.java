package org.prolotrack.security.internal;

import java.time.Duration;

import org.prolotrack.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins and locks an account after too many in a row: sign-in is rate-limited per account. */
@Component
class SignInAttempts {

    private final AccountStore accounts;
    private final AuditTrail audit;
    private final int maxFailures;
    private final Duration lockFor;

    SignInAttempts(AccountStore accounts, AuditTrail audit,
                   @Value("${prolotrack.security.max-failed-sign-ins:5}") int maxFailures,
                   @Value("${prolotrack.security.lockout-minutes:15}") int lockoutMinutes) {
        this.accounts = accounts;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockoutMinutes);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        var name = String.valueOf(event.getAuthentication().getPrincipal());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.recordFailure(name, maxFailures, lockFor);
        }
        audit.recordAs(name, "SIGN_IN_FAILED", null, event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName());
    }
}
