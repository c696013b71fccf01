package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** SCORING.md §1 limit coefficient C, one test per branch. */
class LimitCoefficientTest {
    private static final double EPS = 1e-12;

    @Test
    void withoutLimitIsOne() {
        assertEquals(1.0, LimitCoefficient.of(95, null), EPS);
    }

    @Test
    void baseAtLeastTwiceTheLimitIsOne() {
        assertEquals(1.0, LimitCoefficient.of(200, 100.0), EPS); // b' = 200 ≥ 2L = 200
        assertEquals(1.0, LimitCoefficient.of(250, 100.0), EPS);
    }

    @Test
    void baseAndLimitBothZeroIsOneBecauseThatBranchComesFirst() {
        assertEquals(1.0, LimitCoefficient.of(0, 0.0), EPS); // 0 ≥ 2·0, no 0/0
    }

    @Test
    void baseAtOrBelowTheLimit() {
        // 1 − (50/100)^4.44 = 1 − 0.0460709130403469 = 0.9539290869596531
        assertEquals(0.9539290869596531, LimitCoefficient.of(50, 100.0), EPS);
        // b' = L: 1 − 1^4.44 = 0
        assertEquals(0.0, LimitCoefficient.of(100, 100.0), EPS);
    }

    @Test
    void baseBetweenTheLimitAndTwiceIt() {
        // 1 − ((200 − 160)/100)^4.44 = 1 − 0.4^4.44 = 0.9828940829587277
        assertEquals(0.9828940829587277, LimitCoefficient.of(160, 100.0), EPS);
    }

    @Test
    void usesAbsoluteValuesOfBaseAndLimit() {
        // |−50|, |−100| → same as (50, 100): 0.9539290869596531
        assertEquals(0.9539290869596531, LimitCoefficient.of(-50, -100.0), EPS);
    }
}
