package org.prolotrack.billing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The clinic price lists. Only clinic staff of the clinic (or an admin) read or change them. */
public interface PriceLists {

    Optional<PriceList> current(UUID clinicId);

    List<PriceList> history(UUID clinicId);

    /**
     * The new prices, in minor units of the clinic's currency.
     */
    record NewPriceList(long sessionBaseMinor, long perUnitMinor, PriceList.Unit perUnit, int includedUnits,
                        long evaluationMinor, Integer packageSessions, Long packagePriceMinor,
                        PriceList.Coding coding) { }

    /** Saves a new version and makes it current. */
    PriceList publish(UUID clinicId, NewPriceList prices);
}
