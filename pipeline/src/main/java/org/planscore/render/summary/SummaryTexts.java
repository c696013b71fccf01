package org.planscore.render.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.planscore.assessment.ObservationPoint;
import org.planscore.assessment.ScoredTarget;
import org.planscore.render.text.IndicatorNames;
import org.planscore.render.text.ReportTexts;
import org.planscore.render.text.TargetFacts;
import org.planscore.scoring.Direction;

/** The sentences of the summary (page 1 and email) and of the outlook, from {@code i18n/report} patterns. */
public final class SummaryTexts {

    private final ReportTexts texts;

    public SummaryTexts(ReportTexts texts) {
        this.texts = texts;
    }

    /** "Số liệu mới nhất: năm 2025", or null when there is no figure at all. */
    public String dataCutOff(DataQuality quality) {
        return quality.latestYear() == null ? null : texts.format("summary.dataCutOff", texts.year(quality.latestYear()));
    }

    public String quality(DataQuality quality) {
        return texts.format("summary.quality", Integer.toString(quality.provisionalFigures()),
                Integer.toString(quality.figures()), Integer.toString(quality.targetsNotAssessed()),
                Integer.toString(quality.targets()), Integer.toString(quality.targetsWithoutData()));
    }

    /** Status, mean score and how many targets have data, e.g. "Cần đẩy nhanh · điểm bình quân 1,2 · 9/12 …". */
    public String pillarDetail(PillarLine line) {
        if (line.tooFewFigures()) {
            return texts.format("summary.pillarTooFew", Integer.toString(line.scored()),
                    Integer.toString(line.targets().size()), signed(line.meanScore(), 1));
        }
        if (line.meanScore() == null) {
            return texts.format("summary.pillarNoScore", texts.status(line.status()),
                    Integer.toString(line.targets().size()));
        }
        return texts.format("summary.pillarDetail", texts.status(line.status()), signed(line.meanScore(), 1),
                Integer.toString(line.scored()), Integer.toString(line.targets().size()));
    }

    /**
     * The status words of a most-behind line: the verdict once the target is decided as missed ("Không đạt"),
     * else the progress status; then the rate still needed or how much of the target was reached.
     */
    public String behindStatus(ScoredTarget scored) {
        if (BehindList.isMissed(scored)) {
            // Decided: no rate is "still needed" any more; at most how much of the target the year reached.
            String reached = targetYearReached(scored);
            String missed = texts.text("verdict.not_achieved");
            return reached == null ? missed : missed + " · " + reached;
        }
        String status = texts.status(TargetFacts.of(scored).status());
        String required = required(scored);
        return required == null ? status : status + " · " + required;
    }

    /** The status cell of a pillar row: the mean's status, or "too few figures" when it rests on too few. */
    public String pillarStatus(PillarLine line) {
        return line.tooFewFigures() ? texts.text("summary.tooFewFigures") : texts.status(line.status());
    }

    /**
     * "Earlier years: 9 targets missed (2021: 1 · 2022: 3 · …)": page 1 counts them by year; {@code named} lists
     * their names instead (the email, which has the room). Null when no earlier target was missed.
     */
    public String earlierMisses(BehindList behind, boolean named) {
        if (behind.earlierMisses().isEmpty()) {
            return null;
        }
        Map<Integer, List<String>> byYear = new java.util.TreeMap<>();
        for (ScoredTarget target : behind.earlierMisses()) {
            byYear.computeIfAbsent(target.target().targetYear(), y -> new ArrayList<>())
                    .add(target.target().name().in(texts.locale()));
        }
        List<String> years = new ArrayList<>();
        byYear.forEach((year, names) -> years.add(texts.format("summary.earlierYear", texts.year(year),
                named ? String.join("; ", names) : Integer.toString(names.size()))));
        return texts.format("summary.earlierMisses", Integer.toString(behind.earlierMisses().size()),
                String.join(" · ", years));
    }

    /**
     * The open targets left out of the ranking because their latest figure is too old, by indicator and year of
     * that figure: "… 4 targets (GRDP per capita (USD), Tourist arrivals: 2023)". Null when none.
     */
    public String staleFigures(BehindList behind) {
        if (behind.stale().isEmpty()) {
            return null;
        }
        IndicatorNames names = new IndicatorNames(texts.locale());
        Map<Integer, java.util.Set<String>> byYear = new java.util.TreeMap<>();
        for (ScoredTarget target : behind.stale()) {
            byYear.computeIfAbsent(TargetFacts.of(target).latestYear(), y -> new java.util.LinkedHashSet<>())
                    .add(names.of(target.target()));
        }
        List<String> parts = new ArrayList<>();
        byYear.forEach((year, indicators) -> parts.add(texts.format("summary.staleYear",
                String.join(", ", indicators), texts.year(year))));
        return texts.format("summary.staleFigures", Integer.toString(behind.stale().size()),
                String.join("; ", parts));
    }

    /** "Also shown for reference: N targets …", or null when every target shown is a main target. */
    public String referenceTargets(int count) {
        return count <= 0 ? null : texts.format("summary.referenceTargets", Integer.toString(count));
    }

    /**
     * The yearly rate the remaining years need, for the most-behind list; once the target year's figure is in, how
     * much of the target it reached; null when neither can be said.
     */
    public String required(ScoredTarget scored) {
        TargetOutlook outlook = TargetOutlook.of(scored);
        if (outlook.requiredRate() == null) {
            return targetYearReached(scored);
        }
        String key = scored.targetIsRate() ? "summary.requiredGrowth" : "summary.requiredRate";
        return texts.format(key, signed(outlook.requiredRate(), 1), texts.year(outlook.targetYear()),
                signed(outlook.achievedRate(), 1));
    }

    /** Once the latest figure is for the target year, no rate is needed any more: how close it came instead. */
    private String targetYearReached(ScoredTarget scored) {
        TargetFacts facts = TargetFacts.of(scored);
        Double target = scored.target().targetValue();
        if (!facts.hasData() || target == null || target == 0 || facts.latestYear() == null
                || facts.latestYear() < scored.target().targetYear()) {
            return null;
        }
        // Below a floor: how much of it was reached; above a ceiling: by how much it is exceeded.
        if (scored.target().direction() == Direction.DECREASE) {
            return texts.format("summary.targetYearAboveCeiling", texts.year(scored.target().targetYear()),
                    texts.number((facts.latestValue() / target - 1) * 100, 0));
        }
        return texts.format("summary.targetYearReached", texts.year(scored.target().targetYear()),
                texts.number(facts.latestValue() / target * 100, 0));
    }

    /** The outlook sentence of a detail block: achieved growth, what is needed, and the UNSD projection. */
    public String outlook(ScoredTarget scored) {
        TargetOutlook outlook = TargetOutlook.of(scored);
        if (outlook.achievedRate() == null) {
            return null;
        }
        String period = period(scored, outlook);
        if (outlook.requiredRate() == null) {
            return scored.targetIsRate()
                    ? texts.format("outlook.rateAchieved", signed(outlook.achievedRate(), 2), period,
                            texts.number(scored.target().targetValue()))
                    : texts.format("outlook.levelAchieved", signed(outlook.achievedRate(), 1), period);
        }
        if (scored.targetIsRate()) {
            return texts.format("outlook.rate", signed(outlook.achievedRate(), 2), period,
                    texts.number(scored.target().targetValue()), texts.year(outlook.targetYear()),
                    signed(outlook.requiredRate(), 2));
        }
        return texts.format("outlook.level", signed(outlook.achievedRate(), 1), period,
                texts.year(outlook.targetYear()), signed(outlook.requiredRate(), 1),
                texts.quantity(round(outlook.projectedValue()), scored.target().unit()));
    }

    /**
     * The years the achieved growth covers: base to latest for a level ("2020–2023"); for a rate target the years
     * whose rates were averaged, which start the year after the base ("2021–2025", or just "2022").
     */
    private String period(ScoredTarget scored, TargetOutlook outlook) {
        int from = scored.result().baseYearUsed() + (scored.targetIsRate() ? 1 : 0);
        int to = outlook.latestYear();
        return from >= to ? texts.year(to) : range(from, to);
    }

    public String changesHeading(ReportChanges changes) {
        return changes.hasPrevious()
                ? texts.format("summary.changesHeading", texts.date(changes.previous().asOf()))
                : texts.text("summary.changesHeadingFirst");
    }

    /** The count line of the changes: status moves, new figures, revisions; or "first report" / "no change". */
    public String changesCounts(ReportChanges changes) {
        if (!changes.hasPrevious()) {
            return texts.text("summary.changesFirst");
        }
        if (changes.isEmpty()) {
            return texts.text("summary.changesNone");
        }
        return texts.format("summary.changesCounts", Integer.toString(changes.statusMoves().size()),
                Integer.toString(changes.newFigures().size()), Integer.toString(changes.revisions().size()));
    }

    public String statusMove(ReportChanges.StatusMove move) {
        return texts.format("summary.statusMove", move.target().target().name().in(texts.locale()),
                texts.status(move.from()), texts.status(move.to()));
    }

    /**
     * The source of every figure drawn for a target, grouped by source: "2019–2021, 2023: Cục Thống kê; 2024
     * (ước tính): UBND …". Null when the target has no figure.
     */
    public String figureSources(ScoredTarget scored) {
        Map<String, TreeSet<Integer>> bySource = new LinkedHashMap<>();
        Map<String, Boolean> provisional = new LinkedHashMap<>();
        for (ObservationPoint point : scored.series()) {
            String source = cited(point.source(), point.cell());
            boolean estimate = DataQuality.isProvisional(point.vintage());
            String key = (estimate ? "1" : "0") + source;
            bySource.computeIfAbsent(key, k -> new TreeSet<>()).add(point.year());
            provisional.put(key, estimate);
        }
        if (bySource.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        bySource.forEach((key, years) -> parts.add(texts.format(
                provisional.get(key) ? "figures.sourceProvisional" : "figures.source",
                yearRanges(years), key.substring(1))));
        String sources = texts.format("figures.sources", String.join("; ", parts));
        String notes = FigureNotes.of(scored, texts, this::cited, v -> texts.quantity(v, scored.target().unit()));
        return notes.isEmpty() ? sources : sources + ". " + notes;
    }

    /** A source as cited: its text, and the cell the figure sits in when known ("…, sheet '25. FDI', ô D19"). */
    String cited(String source, String cell) {
        String text = source == null || source.isBlank() ? texts.text("figures.unknownSource") : source.trim();
        return cell == null || cell.isBlank() ? text : texts.format("figures.cell", text, cell);
    }

    /** 2019, 2020, 2021, 2023 → "2019–2021, 2023". */
    static String yearRanges(TreeSet<Integer> years) {
        List<String> ranges = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int year : years) {
            if (start == null) {
                start = year;
            } else if (year != previous + 1) {
                ranges.add(range(start, previous));
                start = year;
            }
            previous = year;
        }
        ranges.add(range(start, previous));
        return String.join(", ", ranges);
    }

    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }

    /** "+7,1" / "-2,0": a rate with its sign, so a fall is never read as a rise. */
    public String signed(Double value, int digits) {
        if (value == null) {
            return texts.text("value.missing");
        }
        double shown = Math.abs(value) < 0.5 * Math.pow(10, -digits) ? 0.0 : value;
        String number = texts.number(shown, digits);
        return shown > 0 ? "+" + number : number;
    }

    private static Double round(Double value) {
        if (value == null) {
            return null;
        }
        // A projection is a rough guide: three significant figures, never more precision than the figures have.
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 2);
        return magnitude > 0 && Double.isFinite(magnitude) ? Math.round(value / magnitude) * magnitude : value;
    }
}
