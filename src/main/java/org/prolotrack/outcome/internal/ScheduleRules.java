package org.prolotrack.outcome.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.plan.TreatmentPlanView;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * When to collect which questionnaires, from knowledge/outcome/collection-schedule.json: baseline at
 * activation, one before each further session, then 2 weeks, 3, 6 and 12 months after the last session.
 * Protocols may override the time points and instruments.
 */
@Component
class ScheduleRules {

    static final String FILE = "outcome/collection-schedule.json";

    record Timepoint(String code, String anchor, String offset, String window, String label) { }

    record InstrumentSet(String name, List<String> codePrefixes, List<String> textContains, List<String> instruments,
                         List<String> primaryInstruments) { }

    record ProtocolOverride(List<Timepoint> timepoints, List<String> instruments, List<String> primaryInstruments) { }

    record Config(String version, String source, String certainty, int linkValidDays, List<Timepoint> timepoints,
                  List<InstrumentSet> instrumentSets, List<String> defaultInstruments,
                  List<String> defaultPrimaryInstruments, List<String> afterTreatmentAlso,
                  Map<String, ProtocolOverride> protocolOverrides) { }

    /** A collection to create. */
    record Planned(String timepoint, String label, List<String> instruments, LocalDate dueOn, LocalDate overdueAfter) { }

    private final Config config;

    private final String version;

    ScheduleRules(KnowledgeBase knowledge) {
        var mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        var file = knowledge.file(FILE);
        config = mapper.treeToValue(file.root(), Config.class);
        version = knowledge.version().value() + ":" + FILE + "@" + file.version();
    }

    String version() {
        return version;
    }

    int linkValidDays() {
        return config.linkValidDays();
    }

    /** The instruments for a plan's indication (the first matching set), or the defaults. */
    List<String> instrumentsFor(TreatmentPlanView plan) {
        if (plan == null) {
            return config.defaultInstruments();
        }
        var override = config.protocolOverrides().get(plan.protocolId());
        if (override != null && override.instruments() != null) {
            return override.instruments();
        }
        var set = setFor(plan);
        return set == null ? config.defaultInstruments() : set.instruments();
    }

    /**
     * The instruments that judge the plan, in order of preference (e.g. WOMAC then NRS for knee OA): responder
     * advice uses the first with a verified threshold and enough scores. Default: NRS.
     */
    List<String> primaryInstrumentsFor(TreatmentPlanView plan) {
        var override = plan == null ? null : config.protocolOverrides().get(plan.protocolId());
        if (override != null && override.primaryInstruments() != null) {
            return override.primaryInstruments();
        }
        var set = plan == null ? null : setFor(plan);
        return set == null || set.primaryInstruments() == null ? config.defaultPrimaryInstruments() : set.primaryInstruments();
    }

    private InstrumentSet setFor(TreatmentPlanView plan) {
        var code = plan.indicationCode() == null ? "" : plan.indicationCode().toUpperCase(Locale.ROOT);
        var text = ((plan.indicationCode() == null ? "" : plan.indicationCode()) + " "
                + (plan.indicationDisplay() == null ? "" : plan.indicationDisplay())).toLowerCase(Locale.ROOT);
        for (var set : config.instrumentSets()) {
            if (set.codePrefixes().stream().anyMatch(p -> code.startsWith(p.toUpperCase(Locale.ROOT)))
                    || set.textContains().stream().anyMatch(text::contains)) {
                return set;
            }
        }
        return null;
    }

    private List<Timepoint> timepoints(TreatmentPlanView plan) {
        var override = plan == null ? null : config.protocolOverrides().get(plan.protocolId());
        return override != null && override.timepoints() != null ? override.timepoints() : config.timepoints();
    }

    /** Baseline, due on the day the plan becomes active. */
    List<Planned> atActivation(TreatmentPlanView plan, LocalDate day) {
        return timepoints(plan).stream().filter(t -> "PLAN_ACTIVATED".equals(t.anchor()))
                .map(t -> planned(t, t.code(), t.label(), instrumentsFor(plan), day)).toList();
    }

    /**
     * After session n: the questionnaire before session n+1 (due when the next session may first take place,
     * overdue when the interval's latest day has passed), or after the last planned session the follow-ups.
     */
    List<Planned> afterSession(TreatmentPlanView plan, int sessionNumber, LocalDate performedOn) {
        if (plan != null && sessionNumber >= plan.plannedSessions()) {
            return followUps(plan, performedOn);
        }
        List<Planned> out = new ArrayList<>();
        for (var t : timepoints(plan)) {
            if ("BEFORE_NEXT_SESSION".equals(t.anchor())) {
                int next = sessionNumber + 1;
                var due = performedOn.plusDays(plan == null ? 14 : plan.intervalMinDays()).plus(Period.parse(t.offset()));
                var overdue = performedOn.plusDays(plan == null ? 42 : plan.intervalMaxDays());
                out.add(new Planned(t.code() + "_" + next, t.label() + " " + next, instrumentsFor(plan), due,
                        overdue.isBefore(due) ? due : overdue));
            }
        }
        return out;
    }

    /** The follow-ups after the last session (also when a series stops early: outcomes are still followed). */
    List<Planned> followUps(TreatmentPlanView plan, LocalDate lastSession) {
        var instruments = new LinkedHashSet<>(instrumentsFor(plan));
        instruments.addAll(config.afterTreatmentAlso());
        return timepoints(plan).stream().filter(t -> "LAST_SESSION".equals(t.anchor()))
                .map(t -> planned(t, t.code(), t.label(), List.copyOf(instruments),
                        lastSession.plus(Period.parse(t.offset())))).toList();
    }

    private static Planned planned(Timepoint t, String code, String label, List<String> instruments, LocalDate due) {
        return new Planned(code, label, instruments, due, due.plus(Period.parse(t.window())));
    }
}
