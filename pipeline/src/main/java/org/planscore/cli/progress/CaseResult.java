package org.planscore.cli.progress;

import java.util.List;

import org.planscore.scoring.ProgressResult;

/** One output row of a cases file (SCORING.md §4): a scored case or an error. */
record CaseResult(String id, ProgressResult result, String message) {
    static final List<String> COLUMNS = List.of("id", "base_year_used", "base_value", "current_year",
            "current_value", "progress_value", "status", "score", "message");
    static final String ERROR_STATUS = "error";

    static CaseResult scored(String id, ProgressResult result) {
        return new CaseResult(id, result, "");
    }

    static CaseResult error(String id, String message) {
        return new CaseResult(id, null, message);
    }

    List<String> cells() {
        if (result == null) {
            return List.of(id, "", "", "", "", "", ERROR_STATUS, "", message);
        }
        return List.of(id,
                CaseNumbers.format(result.baseYearUsed()), CaseNumbers.format(result.baseValue()),
                CaseNumbers.format(result.currentYear()), CaseNumbers.format(result.currentValue()),
                CaseNumbers.format(result.progressValue()), result.status().code(),
                CaseNumbers.format(result.score()), message);
    }
}
