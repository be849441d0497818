package org.prolotrack.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A closed or unreachable database is an outage (503 problem+json), not "conflicting data" (409). */
class DatabaseOutageProblemTests {

    @RestController
    static class WritingController {
        @PostMapping("/api/test-writes/{kind}")
        void write(@PathVariable String kind) {
            switch (kind) {
                // what H2 answered when its database had been closed under the application
                case "closed" -> throw new DataIntegrityViolationException("insert into patient_condition …",
                        new SQLIntegrityConstraintViolationException("Check constraint invalid", "23514", 23514,
                                new SQLNonTransientConnectionException("The database has been closed", "90098")));
                case "unreachable" -> throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLNonTransientConnectionException("Connection refused", "08001"));
                default -> throw new DataIntegrityViolationException("duplicate key",
                        new SQLIntegrityConstraintViolationException("Unique index violation", "23505"));
            }
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new WritingController())
            .setControllerAdvice(new ApiProblemHandler()).build();

    @Test
    void aClosedDatabaseAnswersServiceUnavailableNotConflictingData() throws Exception {
        mvc.perform(post("/api/test-writes/closed"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.title").value("Service unavailable"));
    }

    @Test
    void anUnreachableDatabaseAnswersServiceUnavailable() throws Exception {
        mvc.perform(post("/api/test-writes/unreachable"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aRealConstraintViolationStillAnswersConflict() throws Exception {
        mvc.perform(post("/api/test-writes/duplicate"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflicting data"));
    }
}
