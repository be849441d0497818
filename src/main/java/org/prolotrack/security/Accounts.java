package org.prolotrack.security;

import java.util.Optional;
import java.util.UUID;

/** Creates and looks up sign-in accounts. */
public interface Accounts {

    record NewAccount(String username, String rawPassword, String displayName, Role role,
                      UUID clinicId, UUID patientId, UUID providerId, String email) { }

    UUID create(NewAccount account);

    boolean exists(String username);

    Optional<CurrentUser> find(String username);
}
