package org.planscore.ingest.profile;

import java.util.List;

/**
 * One figure a table holds per area: which column (found by its header text), which indicator, which unit.
 *
 * @param indicator indicator code; null when the profile's {@code indicators} choose it by title
 * @param column    header phrases, any of which picks the column (the leftmost matching column wins)
 * @param years     every column whose header is a year ("2018", "Sơ bộ 2022", "Prel. 2024") is this measure
 * @param unit      unit code, when the file's unit row does not apply (e.g. "%" or "projects")
 * @param convertTo a unit to convert to by an exact decimal shift (triệu đồng → "bn VND"), or null
 * @param fraction  the file stores rates as fractions (0.035 for 3.5 %): multiply by 100
 * @param required  the table is not this profile's unless the column is found
 * @param period    where the period comes from: auto (header, then title, then file name), title, cumulative, month
 * @param note      a note stored with every figure of this measure, or null
 * @param line      line in the profile file, for messages
 */
public record Measure(String indicator, List<Phrase> column, boolean years, String unit, String convertTo,
                      boolean fraction, boolean required, String period, String note, int line) {
}
