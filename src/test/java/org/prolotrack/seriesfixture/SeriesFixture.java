package org.prolotrack.seriesfixture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.PlanCommands;
import org.prolotrack.procedure.ProcedurePerformed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Patients and series for consent and billing tests: a right-knee series at the Madison demo clinic from the
 * Rabago 2013 protocol (knowledge/plan/protocols.json): three sessions 28-42 days apart, five targets under
 * ultrasound — the knee joint, the MCL and LCL insertions, the pes anserinus and patellar tendon insertions.
 * Call it with a signed-in clinic user (the plan module checks access).
 */
@Component
public class SeriesFixture {

    private final JdbcClient jdbc;
    private final PlanCommands plans;

    public SeriesFixture(JdbcClient jdbc, PlanCommands plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    public record Series(UUID patientId, UUID planId, UUID clinicId, UUID providerId, String patientName,
                         TreatmentPlanView plan) { }

    /** A new patient at the Madison clinic (MAD) with a DRAFT three-session knee series. */
    public Series kneeSeries() {
        var clinic = jdbc.sql("select id from clinic where code = 'MAD'").query(UUID.class).single();
        var provider = jdbc.sql("select id from provider where licence_number = '42817-20'").query(UUID.class).single();
        var patient = UUID.randomUUID();
        var suffix = patient.toString().substring(0, 8);
        var family = "Lindgren-" + suffix;
        jdbc.sql("""
                insert into patient (id, clinic_id, mrn, given_name, family_name, birth_date, sex, email, created_at,
                    created_by, changed_at, changed_by)
                values (:id, :clinic, :mrn, 'Maren', :family, date '1961-04-09', 'FEMALE', 'maren@example.org',
                    current_timestamp, 'test', current_timestamp, 'test')""")
                .param("id", patient).param("clinic", clinic).param("mrn", "CB-" + suffix).param("family", family).update();
        var plan = plans.create(patient, new PlanCommands.NewPlan("M17.11", "knee-oa-rabago-2013", null, null, null,
                "RIGHT", provider));
        return new Series(patient, plan.id(), clinic, provider, "Maren " + family, plan);
    }

    /** The session as performed: one injection per planned target. */
    public static ProcedurePerformed session(Series s, int number, LocalDate on) {
        var injections = s.plan().targets().stream().map(t -> new ProcedurePerformed.Injection(t.siteId(), t.siteName(),
                t.structureKind(), t.laterality(), t.intraArticular(), t.guidance(), t.volumeMl())).toList();
        return new ProcedurePerformed(UUID.randomUUID(), s.planId(), s.patientId(), s.clinicId(), s.providerId(),
                number, on, Instant.now(), injections);
    }

    /** A drawn signature: a few black strokes on a transparent canvas, as a PNG data URL. */
    public static String drawnSignature() {
        var img = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(20, 70, 80, 30);
        g.drawLine(80, 30, 140, 75);
        g.drawLine(140, 75, 260, 40);
        g.dispose();
        return pngDataUrl(img);
    }

    public static String blankSignature() {
        return pngDataUrl(new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB));
    }

    private static String pngDataUrl(BufferedImage img) {
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pdfText(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // bold runs come out of order otherwise
            return stripper.getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
