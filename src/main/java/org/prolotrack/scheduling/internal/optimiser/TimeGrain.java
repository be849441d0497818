package org.prolotrack.scheduling.internal.optimiser;

/** A possible start, in minutes from the start of the planning horizon (clinic wall clock). */
public record TimeGrain(int minute) {

    public static final int MINUTES_PER_DAY = 1440;

    public int day() {
        return minute / MINUTES_PER_DAY;
    }

    public int minuteOfDay() {
        return minute % MINUTES_PER_DAY;
    }

    @Override
    public String toString() {
        return "day " + day() + " " + String.format("%02d:%02d", minuteOfDay() / 60, minuteOfDay() % 60);
    }
}
