package org.planscore.ingest.profile;

import org.planscore.ingest.text.NumberStyle;

/**
 * Where a table is being looked for.
 *
 * @param file       the file name as dropped in the inbox
 * @param sheet      sheet name, or null for CSV
 * @param text       true for CSV text (numbers written by the source's locale)
 * @param fileSha256 the file's identity
 * @param written    how the file's text writes decimals where its figures show it (a CSV re-saved in another
 *                   locale), or null: the source profile's style holds
 */
public record TableContext(String file, String sheet, boolean text, String fileSha256, NumberStyle written) {

    /** The style the file's text is read in: what its figures show, else what the source writes. */
    public NumberStyle numbers(NumberStyle source) {
        return written != null ? written : source;
    }
}
