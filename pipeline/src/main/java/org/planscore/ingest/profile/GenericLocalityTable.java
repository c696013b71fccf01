package org.planscore.ingest.profile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planscore.ingest.area.Gazetteer;
import org.planscore.ingest.read.RawRow;
import org.planscore.ingest.text.NumberStyle;
import org.planscore.store.Vintage;

/**
 * A table with one row per province that no profile knows: every figure column is read by what its header means
 * ({@link OtherColumns}), under a code made from the table's title ({@code LOC_…}, see
 * {@link org.planscore.ingest.header.TitleSlug}), so that its figures are kept and an analyst can name the table in
 * a profile. Where neither header nor title states a vintage, the figures are preliminary: published, not marked
 * as estimates, not yet final.
 */
public final class GenericLocalityTable {

    /** Fewer province rows than this in a sheet's first rows: not a locality table. */
    static final int MIN_PROVINCES = 3;

    private static final SourceProfile PROFILE = new SourceProfile(SourceProfile.GENERIC_ID, "(built in)",
            "Bảng theo địa phương (đọc theo tiêu đề cột)", "Locality table (read by its column headers)",
            "Locality table read by its headers", "table", List.of(), List.of(), List.of(), NumberStyle.AUTO, null,
            true, null, true, "_YTD", Vintage.PRELIMINARY, Map.of(), null, List.of(), List.of(), false, 40, List.of(),
            SourceProfile.TITLE_CODE);

    /** Why a sheet gave no table. */
    public enum Skip {
        /** No row names a province. */
        NO_LOCALITY_ROWS,
        /** Only the whole country (and groups), no provinces. */
        NATIONAL,
        /** Province rows, but no column whose header names a period. */
        NOT_RECOGNISED,
        /** The same figures as a sheet read before (a copy, e.g. in the legacy TCVN3 encoding): stored once. */
        COPY
    }

    private GenericLocalityTable() {
    }

    public static SourceProfile profile() {
        return PROFILE;
    }

    /** Why the sheet is no locality table, or empty when it may be one. */
    public static Optional<Skip> whyNot(List<RawRow> rows) {
        int provinces = 0;
        boolean country = false;
        for (RawRow r : rows) {
            int label = TableLocator.labelColumn(r);
            if (label < 0 || !TableLocator.isDataRow(r, NumberStyle.AUTO)) {
                continue;
            }
            Optional<Gazetteer.Match> match = Gazetteer.standard().find(r.cell(label));
            if (match.isPresent() && match.get().area().isCountry()) {
                country = true;
            } else if (match.isPresent()) {
                provinces++;
            }
        }
        if (provinces >= MIN_PROVINCES) {
            return Optional.empty();
        }
        return Optional.of(country ? Skip.NATIONAL : Skip.NO_LOCALITY_ROWS);
    }

    /** The sheet read as a generic locality table, when it is one. */
    public static Attempt attempt(List<RawRow> rows, TableContext context) {
        return TableLocator.attempt(PROFILE, rows, context);
    }
}
