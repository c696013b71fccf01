package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AverageGrowthTest {

    // Former-city GRDP growth 2021–2024 (data/samples): 12.38, 12.32, 10.34, 11.01 %; Resolution 45: ≥ 13 %/yr
    // 2021–2025, base 2020.
    private static final Map<Integer, Double> RATES = Map.of(2021, 12.38, 2022, 12.32, 2023, 10.34, 2024, 11.01);

    @Test
    void chainsTheRatesIntoAnIndexFromTheBaseYear() {
        // 100 → ×1.1238 = 112.38 → ×1.1232 = 126.225216 → ×1.1034 = 139.2769033 → ×1.1101 = 154.6112904
        List<YearValue> index = AverageGrowth.chain(RATES, 2020);
        assertEquals(5, index.size());
        assertEquals(100.0, index.get(0).value());
        assertEquals(112.38, index.get(1).value(), 1e-9);
        assertEquals(126.225216, index.get(2).value(), 1e-9);
        assertEquals(154.61129039151743, index.get(4).value(), 1e-9);
    }

    @Test
    void achievedAverageIsTheGeometricMeanAndTheRequiredRateCoversTheYearsLeft() {
        AverageGrowth g = AverageGrowth.of(RATES, 2020, 2025, 13);
        // target index 100·1.13^5 = 184.2435179
        assertEquals(184.2435179299999, g.targetIndex(), 1e-9);
        // (154.6112904/100)^(1/4) − 1 = 11.5091 %
        assertEquals(11.509097587826144, g.achievedAverage(), 1e-9);
        // one year left: 184.2435179/154.6112904 − 1 = 19.1656 %: out of reach, so "not achieved" is no surprise
        assertEquals(19.165629795499207, g.requiredRate(), 1e-9);
        assertEquals(2024, g.lastChainedYear());
    }

    @Test
    void theChainStopsAtTheFirstMissingYear() {
        AverageGrowth g = AverageGrowth.of(Map.of(2021, 10.0, 2023, 10.0), 2020, 2025, 10);
        assertEquals(2021, g.lastChainedYear());
        // 110/100 over 1 year = 10 %; required (161.051/110)^(1/4) − 1 = 10 %
        assertEquals(10.0, g.achievedAverage(), 1e-9);
        assertEquals(10.0, g.requiredRate(), 1e-9);
    }

    @Test
    void nothingChainedYetHasNoAverageAndAtTheTargetYearNothingIsRequired() {
        assertNull(AverageGrowth.of(Map.of(), 2025, 2030, 13).achievedAverage());
        AverageGrowth done = AverageGrowth.of(Map.of(2025, 11.81), 2024, 2025, 12.35);
        assertEquals(11.81, done.achievedAverage(), 1e-9);
        assertNull(done.requiredRate());
    }
}
