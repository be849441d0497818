package org.prolotrack.outcome;

import java.util.List;

/**
 * The instruments of a collection as the patient is asked them: when the patient has more than one series, items
 * that name a region (the NRS) are asked about the treated region of the collection's series.
 */
public interface QuestionnaireWording {

    List<Instrument> asked(Collection collection);
}
