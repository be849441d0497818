package org.prolotrack.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.prolotrack.support.TestPatients;
import org.prolotrack.web.BrowserSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserSupport.class)
class CourseOfCareBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired org.prolotrack.consent.Consents consents;
    @Autowired org.prolotrack.plan.TreatmentPlans plans;

    private static void setValue(WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    @Test
    void aClinicianBuildsASeriesSignsTheFirstNoteAndAddsAnAddendum(WebDriver browser) {
        var base = BrowserSupport.baseUrl(port);
        var patient = TestPatients.register(jdbc, "Browser", new BigDecimal("70"));
        BrowserSupport.signIn(browser, base, "clinician");
        browser.get(base + "/patients/" + patient);
        var wait = BrowserSupport.waitFor(browser);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-panel"), "No treatment series yet."));

        // create the series from the Rabago knee protocol
        browser.findElement(By.cssSelector("#plan-panel details.new-plan summary")).click();
        new Select(browser.findElement(By.id("plan-protocolId"))).selectByValue("knee-oa-rabago-2013");
        browser.findElement(By.id("plan-indicationCode")).sendKeys("M17.11");
        new Select(browser.findElement(By.id("plan-laterality"))).selectByValue("RIGHT");
        browser.findElement(By.cssSelector("button.create-plan")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plan-panel .sessions-done"), "0 of 3"));

        // activation is refused, naming the missing screening decision
        browser.findElement(By.cssSelector("button.activate")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".activation-missing")));
        assertThat(browser.findElement(By.cssSelector(".activation-missing")).getText())
                .contains("a screening of this series decided proceed");

        // screen the patient for the series on the chart's screening panel and decide to proceed
        browser.get(base + "/patients/" + patient);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scr-series")));
        new Select(browser.findElement(By.id("scr-series"))).selectByIndex(1);
        browser.findElement(By.cssSelector("#screening-panel button.primary")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#screening-panel .screening-series")));
        browser.findElement(By.cssSelector("#screening-panel input[name=decision][value=PROCEED]")).click();
        browser.findElement(By.id("scr-reason")).sendKeys("Right knee OA, physical therapy failed.");
        browser.findElement(By.cssSelector("#screening-panel form[hx-post*=decision] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screening-panel"), "Decision: PROCEED"));
        TestPatients.consent(consents, plans.forPatient(patient).getFirst().id());
        browser.findElement(By.cssSelector("button.activate")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.start-note")));
        assertThat(browser.findElement(By.id("plan-panel")).getText()).contains("active").contains("next session due");

        // the procedure note
        browser.findElement(By.cssSelector("button.start-note")).click();
        wait.until(ExpectedConditions.urlContains("/notes/"));
        new Select(browser.findElement(By.id("anticoagulantStatus"))).selectByValue("NONE");
        browser.findElement(By.id("painBefore")).sendKeys("6");
        browser.findElement(By.id("allergiesReviewed")).click();
        var today = LocalDate.now();
        setValue(browser, "visitStart", today + "T09:00");
        setValue(browser, "visitEnd", today + "T09:40");
        setValue(browser, "injectingStart", today + "T09:10");
        setValue(browser, "injectingEnd", today + "T09:25");
        browser.findElement(By.id("painAfter")).sendKeys("3");
        browser.findElement(By.id("aftercareGiven")).click();
        browser.findElement(By.cssSelector("button.save-header")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".readiness")));
        assertThat(browser.findElement(By.cssSelector(".readiness")).getText()).contains("at least one injection")
                .contains("the day-of-procedure check").doesNotContain("allergies reviewed");

        // the day-of-procedure check: an unanswered question is named at its field, then the check is recorded
        browser.findElement(By.id("fever-no")).click();
        browser.findElement(By.cssSelector("button.save-day-check")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("q-skinClear"), "Answer"));
        browser.findElement(By.id("skinClear-yes")).click();
        new Select(browser.findElement(By.id("pregnancy"))).selectByValue("NOT_PREGNANT");
        browser.findElement(By.id("newAnticoagulant-no")).click();
        browser.findElement(By.id("changesSinceScreening-no")).click();
        browser.findElement(By.cssSelector("button.save-day-check")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".day-check-recorded")));
        assertThat(browser.findElement(By.cssSelector(".readiness")).getText()).doesNotContain("day-of-procedure check");

        browser.findElement(By.cssSelector("details.add-injection summary")).click();
        new Select(browser.findElement(By.id("siteId"))).selectByValue("knee-ia");
        new Select(browser.findElement(By.id("laterality"))).selectByValue("RIGHT");
        browser.findElement(By.id("finalVolumeMl")).sendKeys("6");
        browser.findElement(By.id("volumeInjectedMl")).sendKeys("6");
        var expiry = today.plusYears(1).toString();
        browser.findElement(By.id("dextroseLot")).sendKeys("D50-7781");
        setValue(browser, "dextroseExpiry", expiry);
        browser.findElement(By.id("anestheticLot")).sendKeys("LD-221");
        setValue(browser, "anestheticExpiry", expiry);
        browser.findElement(By.id("diluentLot")).sendKeys("NS-9");
        setValue(browser, "diluentExpiry", expiry);
        browser.findElement(By.cssSelector("button.add-injection-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.injection-row")));
        // 6 mL at 15% from D50: 1.8 mL; lidocaine 1% to 0.2%: 1.2 mL = 12 mg; saline 3.0 mL
        assertThat(browser.findElement(By.cssSelector("tr.injection-row")).getText())
                .contains("Dextrose 50% (D50) 1.8 mL").contains("1.2 mL").contains("12.0 mg");

        browser.findElement(By.cssSelector("button.sign-note")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".note-status"), "signed"));
        assertThat(browser.findElements(By.cssSelector("button.save-header"))).isEmpty();

        browser.findElement(By.id("addendum-text")).sendKeys("Called the next day: mild soreness only.");
        browser.findElement(By.cssSelector("button.add-addendum")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".addendum"), "mild soreness only"));

        // the series counts the signed session
        browser.get(base + "/patients/" + patient);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plan-panel .sessions-done"), "1 of 3"));
        assertThat(browser.findElement(By.cssSelector("#plan-panel .next-due")).getText())
                .contains(today.plusDays(28).toString()).contains(today.plusDays(42).toString());
    }
}
