package org.prolotrack.security;

import java.util.Optional;

/** Who is signed in for the current request. */
public interface CurrentUsers {

    Optional<CurrentUser> current();

    /** The signed-in user; {@link CurrentUser#SYSTEM} outside a request (jobs, imports, tests of services). */
    default CurrentUser currentOrSystem() {
        return current().orElse(CurrentUser.SYSTEM);
    }
}
