package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** SCORING.md §1 score, one test per branch. */
class ProgressScoreTest {
    private static final double EPS = 1e-12;

    private static double methodOne(double p, double c) {
        return ProgressScore.withoutTarget(p, c, ProgressThresholds.withoutTarget(c));
    }

    @Test
    void methodOneNegativeIsNotDividedByTheCoefficient() {
        assertEquals(-3.75, methodOne(-0.01, 1), EPS);   // 125·(−0.01) − 2.5
        assertEquals(-3.75, methodOne(-0.01, 0.5), EPS); // same: C does not enter
        assertEquals(-3.75, methodOne(-0.01, 0), EPS);   // same, even at C = 0
    }

    @Test
    void methodOneNegativeIsClampedAtMinusFive() {
        assertEquals(-5.0, methodOne(-0.05, 1), EPS);    // max(125·(−0.05) − 2.5 = −8.75, −5)
    }

    @Test
    void methodOneZeroCoefficientScoresFive() {
        assertEquals(5.0, methodOne(0.0, 0), EPS);       // base at the limit, limit held
        assertEquals(5.0, methodOne(0.0001, 0), EPS);
    }

    @Test
    void methodOneHighBranch() {
        assertEquals(3.0, methodOne(0.008, 0.5), EPS);   // 500·0.008/0.5 − 5 = 8 − 5
        assertEquals(2.5, methodOne(0.015, 1), EPS);     // 500·0.015 − 5 at the threshold
        assertEquals(5.0, methodOne(0.03, 1), EPS);      // min(15 − 5 = 10, 5)
    }

    @Test
    void methodOneMediumBranch() {
        assertEquals(0.75, methodOne(0.004, 0.5), EPS);  // 250·0.004/0.5 − 1.25 = 2 − 1.25
        assertEquals(0.0, methodOne(0.005, 1), EPS);     // 250·0.005 − 1.25 at the threshold
    }

    @Test
    void methodOneLowBranch() {
        assertEquals(-1.5, methodOne(0.001, 0.5), EPS);  // 500·0.001/0.5 − 2.5 = 1 − 2.5
        assertEquals(-2.5, methodOne(0.0, 1), EPS);      // 500·0 − 2.5
    }

    @Test
    void methodTwoAtOrAboveSixtyPercent() {
        assertEquals(2.8572, ProgressScore.withTarget(1.0), EPS);     // 7.1429 − 4.2857
        assertEquals(0.00004, ProgressScore.withTarget(0.6), EPS);    // 7.1429·0.6 − 4.2857 = 4.0e-5
    }

    @Test
    void methodTwoClampedAtFive() {
        assertEquals(5.0, ProgressScore.withTarget(2.0), EPS);        // min(14.2858 − 4.2857, 5)
    }

    @Test
    void methodTwoBelowSixtyPercent() {
        assertEquals(-1.24999, ProgressScore.withTarget(0.3), EPS);   // 4.1667·0.3 − 2.5
        assertEquals(-2.5, ProgressScore.withTarget(0.0), EPS);
    }

    @Test
    void methodTwoClampedAtMinusFive() {
        assertEquals(-5.0, ProgressScore.withTarget(-1.0), EPS);      // max(−4.1667 − 2.5, −5)
    }
}
