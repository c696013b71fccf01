package org.planscore.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.planscore.store.Observation;
import org.planscore.store.Vintage;

class AnnualSeriesTest {

    // GRDP growth 2024: 10.55 (council estimate, 19/12/2024) then 11.01 (Statistics Office, 06/01/2025);
    // 2025: 11.81, the merged city's.
    private final Figures figures = new Figures()
            .add("GRDP_GROWTH", Figures.FORMER, 2023, 10.34, Vintage.ESTIMATE, LocalDate.of(2023, 12, 28))
            .add("GRDP_GROWTH", Figures.FORMER, 2024, 11.01, Vintage.ESTIMATE, LocalDate.of(2025, 1, 6))
            .add("GRDP_GROWTH", Figures.FORMER, 2024, 10.55, Vintage.ESTIMATE, LocalDate.of(2024, 12, 19))
            .add("GRDP_GROWTH", Figures.MERGED, 2025, 11.81, Vintage.ESTIMATE, LocalDate.of(2025, 12, 9));

    @Test
    void anAsOfReportUsesOnlyWhatWasPublishedByThen() {
        Map<Integer, Observation> end2024 = AnnualSeries.select(figures.all(), Figures.FORMER, LocalDate.of(2024, 12, 31));
        assertEquals(10.55, end2024.get(2024).value());
        Map<Integer, Observation> later = AnnualSeries.select(figures.all(), Figures.FORMER, LocalDate.of(2025, 12, 31));
        // both known: the one published last wins, although it was imported first
        assertEquals(11.01, later.get(2024).value());
        Map<Integer, Observation> end2023 = AnnualSeries.select(figures.all(), Figures.FORMER, LocalDate.of(2023, 12, 31));
        assertEquals(List.of(2023), List.copyOf(end2023.keySet()));
    }

    @Test
    void mergedCityFiguresNeverJoinTheFormerCitySeries() {
        LocalDate asOf = LocalDate.of(2025, 12, 31);
        assertEquals(List.of(2023, 2024), List.copyOf(AnnualSeries.select(figures.all(), "TP. Hải Phòng", asOf).keySet()));
        assertEquals(List.of(2025), List.copyOf(AnnualSeries.select(figures.all(), Figures.MERGED, asOf).keySet()));
    }

    @Test
    void withoutAPublicationDateTheYearDecides() {
        Figures undated = new Figures().add("X", Figures.FORMER, 2023, 1).add("X", Figures.FORMER, 2024, 2);
        assertEquals(List.of(2023), List.copyOf(
                AnnualSeries.select(undated.all(), Figures.FORMER, LocalDate.of(2023, 12, 31)).keySet()));
    }

    @Test
    void aMoreFinalVintageWins() {
        Figures f = new Figures()
                .add("X", Figures.FORMER, 2021, 151.1, Vintage.OFFICIAL, null)
                .add("X", Figures.FORMER, 2021, 150.16, Vintage.ESTIMATE, LocalDate.of(2021, 12, 30));
        assertEquals(151.1, AnnualSeries.select(f.all(), Figures.FORMER, LocalDate.of(2022, 12, 31)).get(2021).value());
    }

    @Test
    void theRulePicksByVintageThenSourceRankThenPublicationDateAndKeepsTheOthersWithWhy() {
        // 2022: a newspaper (rank 0, published later), a statistics office workbook (rank 30), a more final figure
        // of a low-ranked source; 2023: two figures of equal vintage and rank, published on different days.
        Figures f = new Figures()
                .add("X", Figures.FORMER, 2022, 1.0, Vintage.ESTIMATE, LocalDate.of(2023, 1, 10))
                .add("X", Figures.FORMER, 2022, 2.0, Vintage.ESTIMATE, LocalDate.of(2022, 12, 29))
                .add("X", Figures.FORMER, 2023, 3.0, Vintage.ESTIMATE, LocalDate.of(2023, 12, 1))
                .add("X", Figures.FORMER, 2023, 4.0, Vintage.ESTIMATE, LocalDate.of(2023, 12, 20));
        java.util.function.ToIntFunction<org.planscore.store.StoredObservation> rank =
                s -> s.observation().source().equals("src-1") ? 30 : 0;
        var choices = AnnualSeries.choose(f.all(), Figures.FORMER, LocalDate.of(2024, 12, 31), rank);

        // the higher rank wins although the other was published later; the later publication decides among equals
        assertEquals(2.0, choices.get(2022).chosen().observation().value());
        assertEquals(AnnualSeries.Reason.RANK, choices.get(2022).others().get(0).reason());
        assertEquals(4.0, choices.get(2023).chosen().observation().value());
        assertEquals(AnnualSeries.Reason.PUBLISHED, choices.get(2023).others().get(0).reason());

        // and a more final vintage beats any rank
        f.add("X", Figures.FORMER, 2022, 5.0, Vintage.PRELIMINARY, null);
        var again = AnnualSeries.choose(f.all(), Figures.FORMER, LocalDate.of(2024, 12, 31), rank);
        assertEquals(5.0, again.get(2022).chosen().observation().value());
        assertEquals(List.of(AnnualSeries.Reason.VINTAGE, AnnualSeries.Reason.VINTAGE),
                again.get(2022).others().stream().map(AnnualSeries.Passed::reason).toList());
    }
}
