package org.planscore.ingest.profile;

import java.util.List;

import org.planscore.i18n.Bilingual;

/**
 * How well a profile fits a sheet: matched (with the layout to read it by), or how close it came and why not.
 *
 * @param found  checks passed (title phrases, header phrases, required columns, data rows, periods)
 * @param total  checks made
 */
public record Attempt(SourceProfile profile, String sheet, int found, int total, List<Bilingual> reasons,
                      TableLayout layout) {

    public boolean matched() {
        return layout != null;
    }

    public double score() {
        return total == 0 ? 0 : (double) found / total;
    }
}
