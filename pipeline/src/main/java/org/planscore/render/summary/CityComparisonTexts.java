package org.planscore.render.summary;

import java.util.ArrayList;
import java.util.List;

import org.planscore.render.text.ReportTexts;

/** The sentences of the section "our verdicts and the city's", from {@code i18n/report} patterns. */
public final class CityComparisonTexts {

    private final ReportTexts texts;

    public CityComparisonTexts(ReportTexts texts) {
        this.texts = texts;
    }

    public String heading() {
        return texts.text("cityCompare.heading");
    }

    /** The lines of one year: the city's own count (when given), both verdicts on the same targets, each difference. */
    public List<String> lines(CityComparison.Year year) {
        List<String> lines = new ArrayList<>();
        if (year.cityCount() != null) {
            CityYearCount count = year.cityCount();
            lines.add(texts.format("cityCompare.count", texts.year(year.year()), Integer.toString(count.met()),
                    Integer.toString(count.total()), count.source() == null ? texts.text("value.missing")
                            : count.source()));
        }
        if (year.judged() > 0) {
            lines.add(texts.format("cityCompare.same", texts.year(year.year()), Integer.toString(year.judged()),
                    Integer.toString(year.cityMet()), Integer.toString(year.judged() - year.cityMet()),
                    Integer.toString(year.ourMet()), Integer.toString(year.ourMissed()),
                    Integer.toString(year.ourUndecided())));
        }
        for (CityComparison.Difference difference : year.differences()) {
            lines.add(difference(difference));
        }
        if (year.differences().isEmpty() && year.judged() > 0) {
            lines.add(texts.text("cityCompare.agree"));
        }
        return lines;
    }

    /** One sentence: the target, the city's verdict, ours, and the catalogue's explanation of the difference. */
    public String difference(CityComparison.Difference difference) {
        if (difference.notHeld()) {
            return texts.format("cityCompare.notHeld", difference.cityName());
        }
        String why = difference.note() == null ? texts.text("cityCompare.unexplained")
                : difference.note().in(texts.locale());
        return texts.format("cityCompare.difference", difference.target().target().name().in(texts.locale()),
                texts.text("city." + difference.city().code()),
                texts.text("verdict." + difference.ours().code()).toLowerCase(texts.locale()), why);
    }
}
