package org.prolotrack.security.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.prolotrack.security.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account: Spring Security's view, carrying ProloTrack's {@link CurrentUser}. */
record AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Keeps the hash out of the session once signed in. */
    AccountPrincipal withoutPassword() {
        return new AccountPrincipal(user, "", enabled, lockedUntil);
    }
}
