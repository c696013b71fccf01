package org.planscore.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The city's own year-end assessment of a yearly plan, as a public source reports it: "x/y chỉ tiêu đạt và vượt kế
 * hoạch" and, where the source names them, the targets missed.
 *
 * @param year      the plan year assessed
 * @param met       how many of the year's main targets the city counts as met or exceeded
 * @param total     how many main targets the year's plan has, by the city's count
 * @param missed    the missed targets as the source names them (their target ids in this catalogue where the
 *                  catalogue holds them, else the source's words); empty when the source names none
 * @param source    citation (URL)
 * @param published the source's publication date, or null
 * @param note      what the source says beyond the count (e.g. "13 main economic indicators"), or null
 */
public record CityAssessment(int year, int met, int total, List<String> missed, String source, LocalDate published,
                             String note) {
    public CityAssessment {
        missed = missed == null ? List.of() : List.copyOf(missed);
    }

    /** How many the city counts as missed. */
    public int notMet() {
        return total - met;
    }
}
