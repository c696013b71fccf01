package org.planscore.ingest.profile;

import java.util.List;
import java.util.Map;

import org.planscore.ingest.text.NumberStyle;
import org.planscore.store.Vintage;

/**
 * How to read one family of published tables: how to recognise it (title text, header text), where the areas,
 * periods and figures are, and what they mean. Loaded from {@code config/sources/*.yml} by {@link ProfileLoader};
 * the schema is described in config/sources/README.md.
 *
 * @param layout          {@code table}: areas down, figures across, header block above; {@code long}: one header
 *                        row, one row per area and period
 * @param title           phrases that must all occur in the text above the first data row
 * @param notTitle        phrases that must not occur there
 * @param header          phrases that must each occur in some header cell (CSV exports without a title)
 * @param areaColumn      phrase of the area column's header; null: the leftmost text cell of the row
 * @param areasOnly       keep only rows whose label is a known area (skip regions, ministries, countries)
 * @param periodColumn    phrase of the period column's header (long layout), or null
 * @param decemberIsYear  a figure cumulated from January to December (to 20/12 or 31/12) is the year's figure
 * @param ytdSuffix       appended to the indicator code of a figure cumulated from January to another month
 * @param vintageWords    words of a title or header (folded) that set the vintage, besides ước tính/sơ bộ/chính thức
 * @param scanRows        how many rows from the top of a sheet may hold the title and header
 * @param items           items layout: which row label is which indicator ({item} in a measure's indicator)
 * @param otherColumns    table layout: every figure column no measure takes is read by its header's meaning, under
 *                        this code plus the kind's suffix ({@link #TITLE_CODE}: a code made from the table's title);
 *                        null: only the measures are read
 */
public record SourceProfile(String id, String file, String nameVi, String nameEn, String source, String layout,
                            List<Phrase> title, List<Phrase> notTitle, List<Phrase> header, NumberStyle numbers,
                            Phrase areaColumn, boolean areasOnly, Phrase periodColumn, boolean decemberIsYear,
                            String ytdSuffix, Vintage defaultVintage, Map<String, Vintage> vintageWords,
                            String defaultUnit, List<TitleIndicator> indicators, List<Measure> measures,
                            boolean publishedFromTitle, int scanRows, List<Item> items, String otherColumns) {

    /** {@code other_columns} value asking for a code made from the table's title ({@code LOC_…}). */
    public static final String TITLE_CODE = "{title}";

    /** The id under which a locality table no profile knows is read. */
    public static final String GENERIC_ID = "generic-locality-table";

    /** A line of an items table (a city budget sheet): the label phrases and the indicator it stands for. */
    public record Item(List<Phrase> label, String indicator, int line) {
    }

    /** Items layout: lines of a budget down, the area named in the title. */
    public boolean isItems() {
        return "items".equals(layout);
    }

    public boolean isLong() {
        return "long".equals(layout);
    }
}
