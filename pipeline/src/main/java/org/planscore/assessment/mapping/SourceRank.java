package org.planscore.assessment.mapping;

/**
 * How much a source is trusted when two figures of the same indicator, area, year and vintage compete: a figure
 * whose source text contains {@code phrase} (accents, case and spacing ignored) has this rank; higher wins. The first
 * matching entry counts; a source that matches none has rank 0.
 *
 * @param phrase text of the source citation, e.g. "GSO monthly workbook" or "thanhphohaiphong.gov.vn"
 * @param rank   higher is preferred
 * @param line   where it was declared, for messages
 */
public record SourceRank(String phrase, int rank, String file, int line) {
}
