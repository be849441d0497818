package org.prolotrack.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.prolotrack.billing.PriceList;
import org.prolotrack.billing.internal.ProcedureCoding.CodedUnit;

class ProcedureCodingTests {

    private final ProcedureCoding coding = new ProcedureCoding(new BillingCodeBook(org.prolotrack.knowledge.KnowledgeBase.fromClasspath()));

    private static InjectedSite site(String id, String kind, String guidance) {
        return new InjectedSite(id, id, kind, "RIGHT", guidance);
    }

    private List<String> codes(List<InjectedSite> sites) {
        return coding.code(sites, PriceList.Coding.CPT).stream().map(c -> c.code() + "x" + c.units()).toList();
    }

    @Test
    void ligamentsAreCodedOncePerStructureNotPerNeedlePass() {
        // two passes into the MCL and one into the LCL: two structures
        var sites = List.of(site("mcl", "LIGAMENT", "LANDMARK"), site("mcl", "LIGAMENT", "LANDMARK"),
                site("lcl", "LIGAMENT", "LANDMARK"));
        assertThat(codes(sites)).containsExactly("20550x2");
    }

    @Test
    void theSameSiteOnBothSidesIsTwoStructures() {
        var sites = List.of(new InjectedSite("mcl", "MCL", "LIGAMENT", "LEFT", "LANDMARK"),
                new InjectedSite("mcl", "MCL", "LIGAMENT", "RIGHT", "LANDMARK"));
        assertThat(codes(sites)).containsExactly("20550x2");
    }

    @Test
    void twoKneesAreTwoInjectionsBilledAsTwo() {
        // a bilateral target (a series planned for both knees, or a note signed before rows were per side) is two
        // joints: 20610 × 2, and two injection sites on the price list
        var both = List.of(new InjectedSite("knee-ia", "Knee", "JOINT_LARGE", "BILATERAL", "LANDMARK"));
        assertThat(codes(both)).containsExactly("20610x2");
        var perSide = List.of(new InjectedSite("knee-ia", "Knee", "JOINT_LARGE", "LEFT", "LANDMARK"),
                new InjectedSite("knee-ia", "Knee", "JOINT_LARGE", "RIGHT", "LANDMARK"));
        assertThat(codes(perSide)).containsExactly("20610x2");
    }

    @Test
    void ultrasoundGuidanceAddsOne76942PerSession() {
        var sites = List.of(site("mcl", "LIGAMENT", "ULTRASOUND"), site("pes", "TENDON_INSERTION", "ULTRASOUND"),
                site("quad", "TENDON_INSERTION", "ULTRASOUND"));
        assertThat(codes(sites)).containsExactly("20550x1", "20551x2", "76942x1");
    }

    @Test
    void anUltrasoundGuidedLargeJointIs20611AndCarriesNo76942() {
        var sites = List.of(site("knee", "JOINT_LARGE", "ULTRASOUND"), site("mcl", "LIGAMENT", "ULTRASOUND"));
        assertThat(codes(sites)).containsExactly("20550x1", "20611x1");
    }

    @Test
    void jointsWithoutUltrasoundTakeTheUnguidedCodes() {
        var sites = List.of(site("knee", "JOINT_LARGE", "LANDMARK"), site("elbow", "JOINT_INTERMEDIATE", "LANDMARK"),
                site("mcp2", "JOINT_SMALL", "LANDMARK"));
        assertThat(codes(sites)).containsExactly("20600x1", "20605x1", "20610x1");
    }

    @Test
    void triggerPointsAre20552UpToTwoMusclesAnd20553FromThree() {
        assertThat(codes(List.of(site("trap", "TRIGGER_POINT", "LANDMARK"), site("lev", "TRIGGER_POINT", "LANDMARK"))))
                .containsExactly("20552x1");
        assertThat(codes(List.of(site("trap", "TRIGGER_POINT", "LANDMARK"), site("lev", "TRIGGER_POINT", "LANDMARK"),
                site("rhomb", "TRIGGER_POINT", "LANDMARK")))).containsExactly("20553x1");
    }

    @Test
    void fluoroscopyAddsOne77002AndAStructureWithoutACptCodeFallsBackToM0076() {
        var sites = List.of(site("si", "SACROILIAC_JOINT", "FLUOROSCOPY"), new InjectedSite("si", "SI", "SACROILIAC_JOINT", "LEFT", "FLUOROSCOPY"));
        assertThat(codes(sites)).containsExactly("M0076x1", "77002x1");
    }

    @Test
    void m0076CodingPutsOneM0076OnTheSessionWhateverWasInjected() {
        var sites = List.of(site("knee", "JOINT_LARGE", "ULTRASOUND"), site("mcl", "LIGAMENT", "ULTRASOUND"));
        assertThat(coding.code(sites, PriceList.Coding.M0076))
                .containsExactly(new CodedUnit("HCPCS", "M0076", "Prolotherapy", 1));
    }
}
