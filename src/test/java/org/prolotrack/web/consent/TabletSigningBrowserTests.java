package org.prolotrack.web.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.prolotrack.consent.ConsentView;
import org.prolotrack.consent.Consents;
import org.prolotrack.seriesfixture.SeriesFixture;
import org.prolotrack.web.BrowserSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserSupport.class)
class TabletSigningBrowserTests {

    @LocalServerPort int port;
    @Autowired SeriesFixture fixture;
    @Autowired Consents consents;

    private static void drawSignature(WebDriver browser) {
        var canvas = browser.findElement(By.cssSelector("canvas.signature-pad"));
        // a stroke that crosses the box: from left of centre, zig-zag to the right
        new Actions(browser).moveToElement(canvas, -200, 10).clickAndHold()
                .moveByOffset(40, -30).moveByOffset(40, 40).moveByOffset(40, -40).moveByOffset(60, 30)
                .moveByOffset(80, -10).release().perform();
    }

    @Test
    void thePatientDrawsASignatureOnTheTabletAndTheConsentIsSignedWitnessedByStaff(WebDriver browser) {
        var base = BrowserSupport.baseUrl(port);
        var s = fixture.kneeSeries();
        var consent = consents.prepare(s.planId());

        BrowserSupport.signIn(browser, base, "staff");
        browser.get(base + "/consents/" + consent.id() + "/sign");
        assertThat(browser.findElement(By.name("signerName")).getAttribute("value")).isEqualTo(s.patientName());

        drawSignature(browser);
        assertThat(browser.findElement(By.id("signature")).getAttribute("value"))
                .as("the drawing is put into the form as a PNG").startsWith("data:image/png;base64,");
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();

        BrowserSupport.waitFor(browser).until(ExpectedConditions.urlContains("/patients/" + s.patientId()));
        var signed = consents.find(consent.id()).orElseThrow();
        assertThat(signed.status()).isEqualTo(ConsentView.Status.SIGNED);
        assertThat(signed.signerName()).isEqualTo(s.patientName());
        assertThat(SeriesFixture.pdfText(consents.pdf(consent.id())))
                .contains("Signed by " + s.patientName() + " (self)")
                .contains("Witnessed by Jamie Lindqvist");
    }

    @Test
    void signingWithoutDrawingIsRefusedNextToTheBoxAndClearingRemovesTheDrawing(WebDriver browser) {
        var base = BrowserSupport.baseUrl(port);
        var s = fixture.kneeSeries();
        var consent = consents.prepare(s.planId());

        BrowserSupport.signIn(browser, base, "staff");
        browser.get(base + "/consents/" + consent.id() + "/sign");
        drawSignature(browser);
        browser.findElement(By.id("clear-signature")).click();
        assertThat(browser.findElement(By.id("signature")).getAttribute("value")).isEmpty();
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();

        var error = BrowserSupport.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")));
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.findElement(By.name("signerName")).getAttribute("value")).isEqualTo(s.patientName());
        assertThat(consents.find(consent.id()).orElseThrow().status()).isEqualTo(ConsentView.Status.PENDING);
    }
}
