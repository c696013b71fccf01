package org.planscore.render.xlsx;

import java.util.function.Function;

/** The scorecard's columns in order: header text key, how wide, how numbers show, and which value. */
enum ScorecardColumn {
    INDICATOR("xlsx.header.indicator", 18, null, ScorecardRow::indicator),
    PILLAR("xlsx.header.pillar", 26, null, ScorecardRow::pillar),
    TARGET("xlsx.header.target", 48, null, ScorecardRow::target),
    TARGET_VALUE("xlsx.header.targetValue", 14, NumberFormats.VALUE, ScorecardRow::targetValue),
    TARGET_YEAR("xlsx.header.targetYear", 11, NumberFormats.YEAR, ScorecardRow::targetYear),
    BASE_VALUE("xlsx.header.baseValue", 14, NumberFormats.VALUE, ScorecardRow::baseValue),
    BASE_YEAR("xlsx.header.baseYear", 11, NumberFormats.YEAR, ScorecardRow::baseYear),
    LATEST_VALUE("xlsx.header.latestValue", 14, NumberFormats.VALUE, ScorecardRow::latestValue),
    LATEST_YEAR("xlsx.header.latestYear", 11, NumberFormats.YEAR, ScorecardRow::latestYear),
    PROGRESS_VALUE("xlsx.header.progressValue", 13, NumberFormats.PROGRESS, ScorecardRow::progressValue),
    STATUS("xlsx.header.status", 20, null, ScorecardRow::status),
    SCORE("xlsx.header.score", 9, NumberFormats.SCORE, ScorecardRow::score),
    VERDICT("xlsx.header.verdict", 18, null, ScorecardRow::verdict),
    DECIDING_VALUE("xlsx.header.decidingValue", 14, NumberFormats.VALUE, ScorecardRow::decidingValue),
    FORWARD_CLASS("xlsx.header.forwardClass", 20, null, ScorecardRow::forwardClass),
    PE("xlsx.header.pe", 9, NumberFormats.PROGRESS, ScorecardRow::pe),
    REQUIRED_RATE("xlsx.header.requiredRate", 12, NumberFormats.PROGRESS, ScorecardRow::requiredRate),
    ACHIEVED_AVERAGE("xlsx.header.achievedAverage", 12, NumberFormats.PROGRESS, ScorecardRow::achievedAverage),
    PERCENT_OF_PLAN("xlsx.header.percentOfPlan", 12, NumberFormats.SCORE, ScorecardRow::percentOfPlan),
    PERIMETER("xlsx.header.perimeter", 22, null, ScorecardRow::perimeter),
    PLAN("xlsx.header.plan", 26, null, ScorecardRow::plan),
    CITY_VERDICT("xlsx.header.cityVerdict", 16, null, ScorecardRow::cityVerdict),
    SOURCE("xlsx.header.source", 60, null, ScorecardRow::source);

    /** Excel format codes; Excel itself shows them with the reader's own separators. */
    static final class NumberFormats {
        // "#,##0.##" would show a dangling separator ("8.") for whole numbers.
        static final String VALUE = "#,##0.0#";
        static final String YEAR = "0";
        static final String PROGRESS = "0.00";
        static final String SCORE = "0.0";

        private NumberFormats() {
        }
    }

    final String headerKey;
    final int widthInChars;
    /** Null for a text column. */
    final String numberFormat;
    final Function<ScorecardRow, Object> value;

    ScorecardColumn(String headerKey, int widthInChars, String numberFormat, Function<ScorecardRow, Object> value) {
        this.headerKey = headerKey;
        this.widthInChars = widthInChars;
        this.numberFormat = numberFormat;
        this.value = value;
    }
}
