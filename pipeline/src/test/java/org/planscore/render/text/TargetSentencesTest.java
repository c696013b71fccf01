package org.planscore.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.planscore.assessment.ReportFixtures;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;

class TargetSentencesTest {

    private static ScoredTarget target(ReportModel model, String id) {
        return model.targets().stream().filter(t -> t.target().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void describesLatestBaseTargetAndProgressWithTheEstimateFlagged() {
        ReportModel model = ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE);
        String sentence = new TargetSentences(ReportTexts.forLocale(model.locale()))
                .describe(target(model, "SOCIAL_HOUSING_2025"));
        assertEquals("Số liệu mới nhất năm 2024 (ước tính): 1.234,5 nghìn m². Năm gốc 2021: 210 nghìn m². "
                + "Mục tiêu năm 2025: 1.500 nghìn m². Chỉ số tiến độ: 1,06.", sentence);
    }

    @Test
    void targetWithoutDataSaysSoAndStillNamesTheTarget() {
        ReportModel model = ReportFixtures.haiPhong(ReportFixtures.ENGLISH);
        String sentence = new TargetSentences(ReportTexts.forLocale(model.locale()))
                .describe(target(model, "URBAN_RATE_2025"));
        assertEquals("No data yet to assess this target. Target for 2025: 65 %.", sentence);
    }

    @Test
    void summaryLineComparesLatestWithTarget() {
        ReportModel model = ReportFixtures.haiPhong(ReportFixtures.ENGLISH);
        String line = new TargetSentences(ReportTexts.forLocale(model.locale()))
                .latestVersusTarget(target(model, "BUDGET_REV_2025"));
        // the fixture writes the unit in Vietnamese; the English edition says it in English
        assertEquals("Latest: 101,300 bn VND (2024) · Target: 110,000 bn VND (2025)", line);
    }
}
