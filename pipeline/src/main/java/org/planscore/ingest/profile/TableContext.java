package org.planscore.ingest.profile;

/**
 * Where a table is being looked for.
 *
 * @param file       the file name as dropped in the inbox
 * @param sheet      sheet name, or null for CSV
 * @param text       true for CSV text (numbers written by the source's locale)
 * @param fileSha256 the file's identity
 */
public record TableContext(String file, String sheet, boolean text, String fileSha256) {
}
