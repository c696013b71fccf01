package org.planscore.ingest.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.planscore.ingest.read.RawRow;
import org.planscore.ingest.read.TableHeader;
import org.planscore.scoring.ValueBound;
import org.planscore.store.Observation;

/**
 * The tidy format's optional columns bound, covers_to and definition, and event dates under unit "date" (rows as in
 * data/samples/haiphong-facts.csv); a file without them reads as before.
 */
class TidyQualifierColumnsTest {

    private static final TableHeader FULL = new TableHeader("f.csv", null, 1, List.of("indicator", "area", "period",
            "value", "unit", "vintage", "source", "note", "published", "bound", "covers_to", "definition"));
    private static final TableHeader OLD = new TableHeader("f.csv", null, 1, List.of("indicator", "area", "period",
            "value", "unit"));

    private static org.planscore.ingest.map.ImportItem map(TableHeader header, String... cells) {
        return new TidyRowMapper("sha", null).map(new RawRow(2, List.of(cells), header));
    }

    @Test
    void aMonthThatExcelTurnedIntoADateIsThatMonth() {
        // typed "2024-06" in a cell, Excel stores 1 June 2024; the workbook reader hands it out as 2024-06-01
        assertEquals("2024-06", map(OLD, "FDI_ATTRACTED_USD", "Hải Phòng", "2024-06-01", "1.2", "bn USD").observation()
                .period());
        // any other day is no period of the tidy format
        assertTrue(map(OLD, "FDI_ATTRACTED_USD", "Hải Phòng", "2024-06-15", "1.2", "bn USD").problems().stream()
                .anyMatch(p -> "period".equals(p.location().column()) && p.rawValue().equals("2024-06-15")));
    }

    @Test
    void aLowerBoundIsKeptAsABound() {
        Observation o = map(FULL, "IIP_GROWTH", "Hải Phòng", "2023", "13", "%", "estimate", "src", "'tăng hơn 13%'",
                "", "trên", "", "").observation();
        assertEquals(13.0, o.value());
        assertEquals(ValueBound.LOWER, o.bound());
        assertNull(o.coversTo());
        assertFalse(o.partial());
    }

    @Test
    void aPartPeriodTotalSaysWhereItEnds() {
        Observation o = map(FULL, "PUBLIC_INVEST_DISBURSED", "Hải Phòng (hợp nhất)", "2025", "32500", "bn VND",
                "estimate", "src", "as of 11/12/2025", "", "", "2025-12-11", "").observation();
        assertEquals(LocalDate.of(2025, 12, 11), o.coversTo());
        assertTrue(o.partial());
    }

    @Test
    void aDefinitionLabelIsKept() {
        Observation o = map(FULL, "TOURIST_ARRIVALS", "Hải Phòng", "2022", "7", "mn visits", "estimate", "src", "",
                "", "lower", "", "Cục Thống kê: khách do cơ sở lưu trú, lữ hành phục vụ").observation();
        assertEquals("Cục Thống kê: khách do cơ sở lưu trú, lữ hành phục vụ", o.definition());
    }

    @Test
    void anEventDateIsStoredAsItsNumber() {
        Observation day = map(FULL, "LACH_HUYEN_BERTHS_3_4_INAUGURATED", "Hải Phòng", "2025", "2025-05-13", "date",
                "estimate", "src", "", "2025-05-13", "", "", "").observation();
        assertEquals(20250513.0, day.value());
        Observation month = map(OLD, "DO_SON_DRAGON_OCEAN_TOURIST_SITE", "Hải Phòng", "2025", "2025-12", "date")
                .observation();
        assertEquals(20251200.0, month.value());
    }

    @Test
    void badQualifiersAreRowProblemsNamingTheirCell() {
        ImportItem bound = map(FULL, "X", "Hải Phòng", "2023", "13", "%", "", "", "", "", "about", "", "");
        assertTrue(bound.hasProblems());
        assertEquals("bound", bound.problems().get(0).location().column());
        ImportItem covers = map(FULL, "X", "Hải Phòng", "2025", "1", "u", "", "", "", "", "", "11/12/2025", "");
        assertEquals("covers_to", covers.problems().get(0).location().column());
        ImportItem event = map(OLD, "X", "Hải Phòng", "2025", "13/05/2025", "date");
        assertEquals("value", event.problems().get(0).location().column());
    }

    @Test
    void aFileWithoutTheNewColumnsReadsAsBefore() {
        Observation o = map(OLD, "BUDGET_REV_TOTAL", "Hải Phòng", "2024", "118300", "bn VND").observation();
        assertNull(o.bound());
        assertNull(o.coversTo());
        assertNull(o.definition());
    }
}
