package org.planscore.render.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.planscore.assessment.ObservationPoint;
import org.planscore.assessment.ScoredTarget;
import org.planscore.render.text.ReportTexts;

/**
 * What a report adds after a target's sources when a mapping is involved: the definition note of each mapped
 * figure (what the statistics office's measure is, and how it differs from the plan's), and, for a year where a
 * mapped figure and another competed, which one was used and why the other was not.
 */
final class FigureNotes {

    private FigureNotes() {
    }

    static String of(ScoredTarget scored, ReportTexts texts, BiFunction<String, String, String> cite,
                     Function<Double, String> quantity) {
        Map<String, TreeSet<Integer>> used = new LinkedHashMap<>();
        Map<String, TreeSet<Integer>> notUsed = new LinkedHashMap<>();
        List<String> choices = new ArrayList<>();
        for (ObservationPoint point : scored.series()) {
            if (point.definition() != null) {
                used.computeIfAbsent(point.definition().in(texts.locale()), k -> new TreeSet<>()).add(point.year());
            }
            boolean mappingInvolved = point.definition() != null
                    || point.others().stream().anyMatch(o -> o.definition() != null);
            if (!mappingInvolved || point.others().isEmpty()) {
                continue;
            }
            List<String> others = new ArrayList<>();
            for (ObservationPoint.OtherFigure other : point.others()) {
                if (other.definition() != null) {
                    notUsed.computeIfAbsent(other.definition().in(texts.locale()), k -> new TreeSet<>())
                            .add(point.year());
                }
                others.add(texts.format("figures.notUsed", quantity.apply(other.value()),
                        cite.apply(other.source(), other.cell()), texts.text("figures.why." + other.reason())));
            }
            choices.add(texts.format("figures.chosen", Integer.toString(point.year()), quantity.apply(point.value()),
                    cite.apply(point.source(), point.cell()), String.join("; ", others)));
        }
        List<String> parts = new ArrayList<>();
        used.forEach((note, years) -> parts.add(
                texts.format("figures.definition", SummaryTexts.yearRanges(years), note)));
        notUsed.forEach((note, years) -> {
            if (!used.containsKey(note)) {
                parts.add(texts.format("figures.definitionNotUsed", SummaryTexts.yearRanges(years), note));
            }
        });
        parts.addAll(choices);
        return String.join(" ", parts);
    }
}
