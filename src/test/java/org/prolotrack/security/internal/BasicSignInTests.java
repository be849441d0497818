package org.prolotrack.security.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.security.Accounts;
import org.prolotrack.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** HTTP Basic sign-in remembers a password check for minutes; what locks or refuses an account still applies. */
@SpringBootTest
@AutoConfigureMockMvc
class BasicSignInTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ClinicDirectory clinics;

    private String anAccount() {
        var clinic = clinics.clinics().stream().filter(c -> c.code().equals("MAD")).findFirst().orElseThrow().id();
        var name = "basic-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new Accounts.NewAccount(name, "right-password-1", "Basic " + name, Role.STAFF, clinic, null,
                null, null));
        return name;
    }

    @Test
    void anAccountLockedByFailedSignInsIsRefusedEvenWithThePasswordItUsedAMomentAgo() throws Exception {
        var name = anAccount();
        mvc.perform(get("/api/patients").with(httpBasic(name, "right-password-1"))).andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/patients").with(httpBasic(name, "wrong-password"))).andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/patients").with(httpBasic(name, "right-password-1"))).andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongPasswordIsRefusedAfterTheRightOneWasAccepted() throws Exception {
        var name = anAccount();
        mvc.perform(get("/api/patients").with(httpBasic(name, "right-password-1"))).andExpect(status().isOk());

        mvc.perform(get("/api/patients").with(httpBasic(name, "right-password-2"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/patients").with(httpBasic(name, "right-password-1"))).andExpect(status().isOk());
    }
}
