package org.prolotrack.web.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.prolotrack.support.TestPatients;
import org.prolotrack.web.BrowserSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The outcome chart's x axis is time: scores two weeks apart are drawn closer than scores six months apart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ExtendWith(BrowserSupport.class)
class OutcomeChartBrowserTests {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    private void paperNrs(UUID patient, String date, int pain) throws Exception {
        mvc.perform(post("/patients/{id}/panels/outcomes/paper", patient)
                        .with(user(users.loadUserByUsername("staff"))).with(csrf())
                        .param("instrument", "NRS").param("collectedOn", date).param("a0", String.valueOf(pain)))
                .andExpect(status().isOk());
    }

    @Test
    void scoresAreDrawnAtTheirDatesSoLongGapsLookLong(WebDriver browser) throws Exception {
        var patient = TestPatients.register(jdbc, "Chart" + UUID.randomUUID().toString().substring(0, 6), null);
        paperNrs(patient, "2026-01-01", 7);
        paperNrs(patient, "2026-01-15", 6);
        paperNrs(patient, "2026-07-01", 3);

        var base = BrowserSupport.baseUrl(port);
        BrowserSupport.signIn(browser, base, "clinician");
        browser.get(base + "/patients/" + patient);
        BrowserSupport.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas[data-drawn]")));
        @SuppressWarnings("unchecked")
        var xs = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "var c = Chart.getChart(document.querySelector('canvas[data-drawn]'));"
                        + "return c.getDatasetMeta(0).data.map(function (p) { return p.x; });");

        assertThat(xs).hasSize(3);
        double shortGap = xs.get(1).doubleValue() - xs.get(0).doubleValue();
        double longGap = xs.get(2).doubleValue() - xs.get(1).doubleValue();
        // 14 days, then 167 days: the pixel gaps keep that ratio (a category axis would make them equal)
        assertThat(shortGap).isPositive();
        assertThat(longGap / shortGap).isBetween(167.0 / 14 * 0.9, 167.0 / 14 * 1.1);

        // for the docs: PROLOTRACK_SCREENSHOT_DIR=docs/img keeps a picture of the panel
        var dir = System.getenv("PROLOTRACK_SCREENSHOT_DIR");
        if (dir != null) {
            var png = browser.findElement(By.id("panel-outcomes")).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(java.nio.file.Path.of(dir, "outcome-chart.png"), png);
        }
    }
}
