package org.planscore.ingest.profile;

import java.time.LocalDate;
import java.util.List;

import org.planscore.ingest.header.Coverage;
import org.planscore.ingest.header.MeasureKind;
import org.planscore.ingest.read.TableHeader;
import org.planscore.ingest.text.PeriodText;
import org.planscore.store.Vintage;

/**
 * A recognised table: where its data rows start and what each figure column means.
 *
 * @param firstDataRow  1-based row of the first data row (rows above it are title and header)
 * @param areaColumn    column of the area label, or -1: the leftmost text cell of each row
 * @param periodColumn  column of the period (long layout), or -1
 * @param header        the header texts per column, for messages
 * @param source        citation stored with every figure
 * @param published     publication date read from the title, or null
 * @param fixedArea     items layout: the area the title names
 */
public record TableLayout(SourceProfile profile, TableContext context, int firstDataRow, int areaColumn,
                          int periodColumn, List<Column> columns, TableHeader header, String source,
                          LocalDate published, String fixedArea) {

    /**
     * One figure column.
     *
     * @param index     0-based column
     * @param spill     the column to the right, read when this one is blank (a header merged over two columns whose
     *                  values sit in the second), or -1
     * @param indicator indicator code (before any cumulative suffix)
     * @param period    the period, or null when each row gives it (long layout)
     * @param mode      auto, title, cumulative or month (long layout: how to read the row's period)
     * @param shift     decimal places to move each value (unit conversion, fractions to percent)
     * @param coverage  what the column's period covers, or null (long layout: each row's period says)
     * @param kind      the kind of figure the header names (level, % of plan, index …), or null
     */
    public record Column(int index, int spill, String indicator, PeriodText.Period period, String mode, String unit,
                         Vintage vintage, int shift, String note, Coverage coverage, MeasureKind kind) {

        public Column(int index, int spill, String indicator, PeriodText.Period period, String mode, String unit,
                      Vintage vintage, int shift, String note) {
            this(index, spill, indicator, period, mode, unit, vintage, shift, note, null, null);
        }
    }
}
