package org.prolotrack.outcome.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prolotrack.support.TestPatients;
import org.prolotrack.web.BrowserSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A patient fills a questionnaire from a personal link on a phone-sized screen, and a clinician sees the chart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserSupport.class)
class QuestionnaireOnAPhoneBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired CollectionStore collections;
    @Autowired JdbcOutcomeRecords records;
    @Autowired SessionMarks sessions;

    private String url(String path) {
        return BrowserSupport.baseUrl(port) + path;
    }

    private UUID collectionFor(UUID patient, String label, List<String> instruments) {
        var clinic = TestPatients.madisonClinic(jdbc);
        var plan = UUID.randomUUID();
        collections.createIfAbsent(patient, clinic, plan, new ScheduleRules.Planned("BASELINE", label, instruments,
                LocalDate.now(), LocalDate.now().plusDays(14)), "test", "test");
        return collections.forPatient(patient).getFirst().id();
    }

    @Test
    void aPatientFillsTheQuestionnaireOnAPhoneWithoutAnAccount(WebDriver browser) {
        browser.manage().window().setSize(new Dimension(390, 844)); // a common phone viewport
        var patient = TestPatients.register(jdbc, "Phone" + UUID.randomUUID().toString().substring(0, 6), null);
        var collection = collectionFor(patient, "Baseline", List.of("NRS", "WORKING"));
        var token = records.issueLink(collection);

        browser.get(url("/q/o/" + token));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Baseline");
        var js = (JavascriptExecutor) browser;
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        var option = browser.findElement(By.cssSelector("input[name='NRS_0'][value='6']"));
        assertThat(option.findElement(By.xpath("..")).getSize().getHeight()).as("a thumb-sized target").isGreaterThanOrEqualTo(44);
        click(browser, By.cssSelector("input[name='NRS_0'][value='6']"));
        browser.findElement(By.name("WORKING_0")).sendKeys("2");
        click(browser, By.cssSelector("input[name='WORKING_1'][value='2']"));
        click(browser, By.cssSelector("input[name='WORKING_4'][value='1']"));
        click(browser, By.id("send"));

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
        var stored = records.history(patient);
        assertThat(stored).extracting(r -> r.instrumentCode()).containsExactlyInAnyOrder("NRS", "WORKING");
        var nrs = stored.stream().filter(r -> r.instrumentCode().equals("NRS")).findFirst().orElseThrow();
        assertThat(nrs.scores().get("pain")).isEqualByComparingTo("6");
        assertThat(nrs.source()).isEqualTo(org.prolotrack.outcome.RecordedOutcome.Source.PATIENT_LINK);
        var working = stored.stream().filter(r -> r.instrumentCode().equals("WORKING")).findFirst().orElseThrow();
        assertThat(working.answers()).isEqualTo(Arrays.asList(2, 2, null, null, 1)); // skipped questions kept as unanswered
        assertThat(collections.find(collection).orElseThrow().status()).isEqualTo(org.prolotrack.outcome.Collection.Status.COMPLETED);

        browser.get(url("/q/o/" + token));
        assertThat(browser.findElements(By.id("thanks"))).hasSize(1); // a second visit shows it was received
        browser.get(url("/q/o/not-a-real-token-aaaaaaaaaaaaaaaaaaaaa"));
        assertThat(browser.findElements(By.id("questionnaire"))).isEmpty();
    }

    @Test
    void theClinicianSeesTheScoresOverTimeWithTheSessionsMarked(WebDriver browser) throws Exception {
        var patient = TestPatients.register(jdbc, "Chart" + UUID.randomUUID().toString().substring(0, 6), null);
        var plan = UUID.randomUUID();
        var start = LocalDate.now().minusDays(70);
        int[] pain = {8, 7, 5, 3};
        for (int i = 0; i < pain.length; i++) {
            records.recordPaper(patient, plan, null, "NRS", List.of(pain[i]), start.plusDays(21L * i));
            sessions.record(UUID.randomUUID(), patient, plan, i + 1, start.plusDays(21L * i + 1));
        }
        browser.manage().window().setSize(new Dimension(1200, 900));
        try {
            BrowserSupport.signIn(browser, BrowserSupport.baseUrl(port), "clinician");
            browser.get(url("/patients/" + patient));
            BrowserSupport.waitFor(browser)
                    .until(d -> ((JavascriptExecutor) d).executeScript(
                            "var c = document.getElementById('outcome-chart'); return c && c.dataset.drawn === '1' && window.Chart && Chart.getChart(c) != null;"));
            var points = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return Chart.getChart(document.getElementById('outcome-chart')).data.datasets[0].data.filter(v => v !== null).length;")).intValue();
            var marks = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "var ds = Chart.getChart(document.getElementById('outcome-chart')).data.datasets; return ds[ds.length - 1].data.filter(v => v !== null).length;")).intValue();
            assertThat(points).isEqualTo(4);
            assertThat(marks).isEqualTo(4);
            var chart = browser.findElement(By.className("chart-box"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", chart);
            var shot = chart.getScreenshotAs(OutputType.FILE);
            var target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            Files.copy(shot.toPath(), target.resolve("outcome-chart.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(new Dimension(390, 844));
        }
    }

    private static void click(WebDriver browser, By by) {
        var element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", element);
        element.click();
    }
}
