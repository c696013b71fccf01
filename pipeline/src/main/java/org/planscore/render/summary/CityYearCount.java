package org.planscore.render.summary;

import java.util.List;

/**
 * The city's own year-end count of one year: how many of the year's main targets it found met ("x/y chỉ tiêu đạt và
 * vượt"), the targets it named as missed, and where it said so.
 *
 * @param year   the year assessed
 * @param met    targets met or exceeded, as the city counts them
 * @param total  targets the city counted
 * @param missed the missed targets as the city named them (catalogue target ids where they match one, else the
 *               city's wording); empty when it named none
 * @param source the citation of the review
 */
public record CityYearCount(int year, int met, int total, List<String> missed, String source) {
    public CityYearCount {
        missed = missed == null ? List.of() : List.copyOf(missed);
    }
}
