package org.prolotrack.web.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.prolotrack.web.BrowserSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserSupport.class)
class PatientChartBrowserTests {

    @LocalServerPort int port;

    @Test
    void aClinicianSignsInFindsADemoPatientByLiveSearchAndOpensTheChart(WebDriver browser) {
        var base = BrowserSupport.baseUrl(port);
        BrowserSupport.signIn(browser, base, "clinician");
        assertThat(browser.getCurrentUrl()).endsWith("/patients");

        browser.findElement(By.id("q")).sendKeys("Holm");
        BrowserSupport.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Holm, Karin"));
        assertThat(browser.getCurrentUrl()).contains("q=Holm");

        browser.findElement(By.linkText("Holm, Karin")).click();
        BrowserSupport.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("patient-name"), "Karin Holm"));
        assertThat(browser.findElement(By.id("conditions")).getText()).contains("osteoarthritis, right knee");
        assertThat(browser.findElement(By.id("care")).getText()).contains("Physical therapy");

        // every module's panel loads into the chart
        BrowserSupport.waitFor(browser).until(d -> ((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('section.panel.htmx-request').length === 0"));
        List<String> panelTexts = browser.findElements(By.cssSelector("section.panel")).stream().map(e -> e.getText()).toList();
        assertThat(panelTexts).hasSize(7);
        assertThat(browser.findElement(By.id("panel-plan")).getText()).startsWith("Treatment series");
        assertThat(browser.findElement(By.id("panel-series")).getText()).startsWith("Series");
        assertThat(browser.findElement(By.id("panel-outcomes")).getText()).startsWith("Outcomes");
        assertThat(browser.findElement(By.id("panel-safety")).getText()).startsWith("Safety");
    }

    @Test
    void anImagingEntryWithoutModalityComesBackWithTheErrorNextToTheFieldAndWhatWasTyped(WebDriver browser) {
        var base = BrowserSupport.baseUrl(port);
        BrowserSupport.signIn(browser, base, "clinician");
        browser.get(base + "/patients?q=MAD-001001");
        browser.findElement(By.cssSelector("a.patient-link")).click();
        BrowserSupport.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("patient-name")));

        browser.findElement(By.xpath("//summary[text()='Add an imaging study']")).click();
        browser.findElement(By.id("imaging-bodySite")).sendKeys("left hip");
        browser.findElement(By.id("imaging-reportSummary")).sendKeys("Typed summary that must survive");
        browser.findElement(By.xpath("//button[text()='Add imaging study']")).click();

        BrowserSupport.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#imaging .field-error")));
        assertThat(browser.findElement(By.id("imaging-bodySite")).getAttribute("value")).isEqualTo("left hip");
        assertThat(browser.findElement(By.id("imaging-reportSummary")).getAttribute("value")).isEqualTo("Typed summary that must survive");
        assertThat(browser.findElement(By.id("imaging-modality")).getAttribute("class")).contains("invalid");
    }

    @Test
    void aConditionVoidedAsEnteredInErrorIsListedWithTheReasonWhenTheClinicianOpensVoidedEntries(WebDriver browser) {
        var base = BrowserSupport.baseUrl(port);
        var label = "Trigger finger " + java.util.UUID.randomUUID().toString().substring(0, 6);
        BrowserSupport.signIn(browser, base, "clinician");
        browser.get(base + "/patients?q=MAD-001002");
        browser.findElement(By.cssSelector("a.patient-link")).click();
        BrowserSupport.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("patient-name")));

        browser.findElement(By.xpath("//summary[text()='Add a condition']")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("condition-codeSystem"))).selectByValue("TEXT");
        browser.findElement(By.id("condition-display")).sendKeys(label);
        browser.findElement(By.xpath("//button[text()='Add condition']")).click();
        BrowserSupport.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("conditions"), label));

        var row = browser.findElement(By.xpath("//section[@id='conditions']//tr[.//strong[text()='" + label + "']]"));
        row.findElement(By.cssSelector("input.void-reason")).sendKeys("Entered on the wrong chart");
        row.findElement(By.xpath(".//button[text()='Void']")).click();
        BrowserSupport.waitFor(browser).until(d -> !d.findElement(By.id("conditions")).getText().contains(label));

        browser.findElement(By.xpath("//summary[text()='Voided entries']")).click();
        BrowserSupport.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("voided"), label));
        var voided = browser.findElement(By.id("voided")).getText();
        assertThat(voided).contains("Condition").contains("Entered on the wrong chart").contains("clinician");
    }
}
