package org.prolotrack.outcome;

import java.util.List;
import java.util.Optional;

/** The outcome instruments ProloTrack knows, and their scoring. Pure: reads no patient data. */
public interface Instruments {

    List<Instrument> all();

    Optional<Instrument> find(String code);

    /**
     * Scores answers given in item order ({@code null} = unanswered).
     *
     * @throws UnknownInstrumentException when there is no such instrument
     * @throws IllegalArgumentException   when the number of answers or a value does not fit the items
     */
    ScoreSheet score(String code, List<Integer> answers);
}
