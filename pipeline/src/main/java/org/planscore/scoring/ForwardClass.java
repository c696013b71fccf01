package org.planscore.scoring;

/** The UNSD 2023 forward-looking classes of SCORING.md §2, from P_e = share of the base-to-target gap closed at T. */
public enum ForwardClass {
    /** P_e ≥ 0.95. */
    ON_TRACK,
    /** 0.10 ≤ P_e &lt; 0.95. */
    ACCELERATION_NEEDED,
    /** P_e &lt; 0.10. */
    STAGNATION_OR_REGRESSION;

    static ForwardClass of(double pe) {
        if (pe >= 0.95) {
            return ON_TRACK;
        }
        if (pe >= 0.10) {
            return ACCELERATION_NEEDED;
        }
        return STAGNATION_OR_REGRESSION;
    }
}
