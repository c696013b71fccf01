package org.planscore.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.planscore.plan.LocalizedText;
import org.planscore.plan.Pillar;
import org.planscore.plan.Plan;
import org.planscore.plan.PlanTarget;
import org.planscore.plan.TargetType;
import org.planscore.scoring.Direction;
import org.planscore.scoring.ProgressResult;
import org.planscore.scoring.ProgressStatus;

/**
 * A small Hai Phong plan with one target in each status: three pillars, six targets, one without data,
 * one whose latest figure (1234.5) is an estimate. Figures are plausible, not official.
 */
public final class ReportFixtures {

    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String SOURCE_PLAN =
            "https://haiphong.gov.vn/tin-tuc/nghi-quyet-dai-hoi-dai-bieu-dang-bo-thanh-pho-hai-phong-lan-thu-xvi-nhiem-ky-2020-2025.html";
    private static final String SOURCE_GSO = "Cục Thống kê thành phố Hải Phòng, Niên giám thống kê 2024";

    private ReportFixtures() {
    }

    public static ReportModel haiPhong(Locale locale) {
        return new ReportModel(plan(targets()), AS_OF, locale, scoredTargets());
    }

    /** The same report with one target renamed, for hostile-input tests. */
    public static ReportModel haiPhongWithTargetName(Locale locale, String hostileName) {
        List<ScoredTarget> scored = new ArrayList<>(scoredTargets());
        ScoredTarget first = scored.get(0);
        PlanTarget t = first.target();
        PlanTarget renamed = new PlanTarget(t.id(), t.indicator(), new LocalizedText(hostileName, hostileName),
                t.pillar(), t.type(), t.baseYear(), t.targetYear(), t.targetValue(), t.targetText(), t.direction(),
                t.unit(), t.limit(), t.area(), t.source(), t.note());
        scored.set(0, new ScoredTarget(renamed, first.series(), first.result()));
        return new ReportModel(plan(scored.stream().map(ScoredTarget::target).toList()), AS_OF, locale, scored);
    }

    private static Plan plan(List<PlanTarget> targets) {
        return new Plan("hp-2021-2025",
                new LocalizedText("Kế hoạch phát triển kinh tế – xã hội thành phố Hải Phòng giai đoạn 2021–2025",
                        "Socio-economic development plan of Hai Phong city, 2021–2025"),
                "Hải Phòng",
                List.of(new Pillar("economy", new LocalizedText("Kinh tế và ngân sách", "Economy and budget")),
                        new Pillar("seaport", new LocalizedText("Cảng biển và đô thị", "Seaport and urban development")),
                        new Pillar("social", new LocalizedText("Xã hội và nhà ở", "Social affairs and housing"))),
                targets);
    }

    private static List<PlanTarget> targets() {
        return scoredTargets().stream().map(ScoredTarget::target).toList();
    }

    private static List<ScoredTarget> scoredTargets() {
        return List.of(
                new ScoredTarget(
                        target("GRDP_GROWTH_2024", "GRDP_GROWTH", "Tăng trưởng GRDP", "GRDP growth", "economy",
                                TargetType.ANNUAL_GROWTH, 2020, 2024, 10.0, "trên 10 %", "%", SOURCE_PLAN),
                        List.of(official(2020, 11.22), official(2021, 12.38), official(2022, 12.32),
                                official(2023, 10.34), official(2024, 11.01)),
                        new ProgressResult(2020, 11.22, 2024, 11.01, null, ProgressStatus.TARGET_ACHIEVED, 5.0)),
                new ScoredTarget(
                        target("BUDGET_REV_2025", "BUDGET_REV_TOTAL", "Thu ngân sách nhà nước trên địa bàn",
                                "State budget revenue in the city", "economy",
                                TargetType.LEVEL, 2020, 2025, 110000.0, "110.000 tỷ đồng", "tỷ đồng", SOURCE_GSO),
                        List.of(official(2020, 80412.0), official(2021, 86430.5), official(2022, 98520.0),
                                official(2023, 92150.0), preliminary(2024, 101300.0)),
                        new ProgressResult(2020, 80412.0, 2024, 101300.0, 0.88, ProgressStatus.MODERATE_PROGRESS, 1.2)),
                new ScoredTarget(
                        target("PORT_THROUGHPUT_2025", "PORT_CARGO", "Sản lượng hàng hóa thông qua cảng biển",
                                "Cargo throughput of the seaports", "seaport",
                                TargetType.LEVEL, 2020, 2025, 250.0, "250 triệu tấn", "triệu tấn", SOURCE_PLAN),
                        List.of(official(2020, 143.0), official(2021, 162.0), official(2022, 171.3),
                                official(2023, 182.0), official(2024, 186.5)),
                        new ProgressResult(2020, 143.0, 2024, 186.5, 0.51, ProgressStatus.LIMITED_PROGRESS, -0.8)),
                new ScoredTarget(
                        target("URBAN_RATE_2025", "URBANISATION", "Tỷ lệ đô thị hóa", "Urbanisation rate", "seaport",
                                TargetType.SHARE, 2020, 2025, 65.0, "khoảng 65 %", "%", SOURCE_PLAN),
                        List.of(),
                        new ProgressResult(null, null, null, null, null, ProgressStatus.NOT_AVAILABLE, null)),
                new ScoredTarget(
                        target("POOR_HH_2025", "POOR_HOUSEHOLD_RATE", "Tỷ lệ hộ nghèo theo chuẩn đa chiều",
                                "Multidimensional poverty rate", "social",
                                TargetType.CEILING, 2021, 2025, 0.2, "dưới 0,2 %", "%", SOURCE_GSO),
                        List.of(official(2021, 0.41), official(2022, 0.38), official(2023, 0.47),
                                official(2024, 0.52)),
                        new ProgressResult(2021, 0.41, 2024, 0.52, -0.73, ProgressStatus.DETERIORATION, -3.5)),
                new ScoredTarget(
                        target("SOCIAL_HOUSING_2025", "SOCIAL_HOUSING_AREA", "Diện tích nhà ở xã hội hoàn thành",
                                "Social housing floor area completed", "social",
                                TargetType.CUMULATIVE, 2021, 2025, 1500.0, "1.500 nghìn m²", "nghìn m²", SOURCE_PLAN),
                        List.of(official(2021, 210.0), official(2022, 480.0), official(2023, 905.0),
                                estimate(2024, 1234.5)),
                        new ProgressResult(2021, 210.0, 2024, 1234.5, 1.06, ProgressStatus.SUBSTANTIAL_PROGRESS, 3.1)));
    }

    private static PlanTarget target(String id, String indicator, String nameVi, String nameEn, String pillar,
                                     TargetType type, int baseYear, int targetYear, Double targetValue,
                                     String targetText, String unit, String source) {
        Direction direction = type == TargetType.CEILING ? Direction.DECREASE : Direction.INCREASE;
        return new PlanTarget(id, indicator, new LocalizedText(nameVi, nameEn), pillar, type, baseYear, targetYear,
                targetValue, targetText, direction, unit, type == TargetType.SHARE ? 100.0 : null, "Hải Phòng",
                source, null);
    }

    private static ObservationPoint official(int year, double value) {
        return new ObservationPoint(year, value, "official", "Cục Thống kê Hải Phòng");
    }

    private static ObservationPoint preliminary(int year, double value) {
        return new ObservationPoint(year, value, "preliminary", "Cục Thống kê Hải Phòng");
    }

    private static ObservationPoint estimate(int year, double value) {
        return new ObservationPoint(year, value, "estimate", "UBND thành phố, báo cáo 6 tháng");
    }
}
