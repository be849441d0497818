package org.prolotrack.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ImportProgressTests {

    @Test
    void theProgressLineShowsTheRateAndTheTimeTheRestWillTakeAtThatRate() {
        var bytes = new ByteArrayOutputStream();
        var progress = new ImportProgress(200, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        progress.update(50, 5_000, 10.0);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("50/200 bundles").contains("5.0 bundles/s")
                .contains("500 kept/s").contains("ETA 0:30");
    }

    @Test
    void longImportsShowHoursAndAFinishedOneShowsNothingLeft() {
        assertThat(ImportProgress.eta(100_000, 20.0)).isEqualTo("1:23:20");
        assertThat(ImportProgress.eta(0, 20.0)).isEqualTo("0:00");
        assertThat(ImportProgress.eta(10, 0)).isEqualTo("?");
    }
}
