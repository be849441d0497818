package org.prolotrack.scheduling.internal.optimiser;

/**
 * The clinic's ultrasound machines as the optimiser sees them: how many there are, and how many are already taken
 * by appointments booked outside this run, per 5-minute granule of the horizon. Which machine a session gets
 * (the room's own or a portable one) is decided when it is booked; the optimiser only keeps the count within
 * the machines there are.
 */
public final class UltrasoundCapacity {

    public static final int GRANULE = 5;
    public static final UltrasoundCapacity NONE = new UltrasoundCapacity(0, new int[0]);

    private final int machines;
    private final int[] bookedByGranule;

    public UltrasoundCapacity(int machines, int[] bookedByGranule) {
        this.machines = machines;
        this.bookedByGranule = bookedByGranule.clone();
    }

    public int machines() {
        return machines;
    }

    /** Machines not taken by existing bookings at any moment of [start, end) (minutes of the horizon). */
    public int freeDuring(int start, int end) {
        int taken = 0;
        for (int g = Math.max(0, start / GRANULE); g * GRANULE < end && g < bookedByGranule.length; g++) {
            taken = Math.max(taken, bookedByGranule[g]);
        }
        return machines - taken;
    }

    @Override
    public String toString() {
        return machines + " ultrasound machine(s)";
    }
}
