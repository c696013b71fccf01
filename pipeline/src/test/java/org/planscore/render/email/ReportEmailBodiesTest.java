package org.planscore.render.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.planscore.assessment.PreviousScores;
import org.planscore.assessment.ReportFixtures;
import org.planscore.delivery.DeliveryProperties;
import org.planscore.scoring.ProgressStatus;

class ReportEmailBodiesTest {

    private static final PreviousScores PREVIOUS = new PreviousScores(LocalDate.of(2024, 12, 31), Map.of(
            "POOR_HH_2025", new PreviousScores.Previous(ProgressStatus.SUBSTANTIAL_PROGRESS, 3.0, 2024, 0.52)));

    @Test
    void htmlCarriesThePageOneSummary() {
        String html = new ReportEmailBodies(ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE), PREVIOUS).html();
        assertThat(html)
                .contains("<html lang=\"vi\">", "charset=\"UTF-8\"")
                .contains("Tình hình 6 chỉ tiêu", "Đã đạt mục tiêu")
                // one line per pillar, coloured, with its mean score
                .contains("Kinh tế và ngân sách", "Đúng tiến độ · điểm bình quân +3,1 · 2/2 chỉ tiêu có số liệu")
                .contains("background:#6ab04c")
                // the targets most behind, worst first, with the rate now needed
                .contains("Các chỉ tiêu chậm nhất", "Cần +34 %/năm đến 2025")
                .contains("Chất lượng số liệu: 2/23 số liệu là ước tính hoặc sơ bộ")
                .contains("Thay đổi so với báo cáo ngày 31/12/2024",
                        "Tỷ lệ hộ nghèo theo chuẩn đa chiều: Đúng tiến độ → Đi ngược mục tiêu")
                .contains("Báo cáo đầy đủ (PDF) được đính kèm thư này.");
        assertThat(html.indexOf("Tỷ lệ hộ nghèo")).isLessThan(html.indexOf("Sản lượng hàng hóa"));
    }

    @Test
    void plainTextAlternativeSaysTheSame() {
        String text = new ReportEmailBodies(ReportFixtures.haiPhong(ReportFixtures.ENGLISH), PREVIOUS).text();
        assertThat(text)
                .contains("Status of 6 targets", "  Target achieved: 1")
                .contains("Economy and budget", "Substantial progress · mean score +3.1 · 2/2 targets with data")
                .contains("Targets most behind", "Needs +34 % a year to 2025")
                .contains("Changes since the report of 31 December 2024")
                .doesNotContain("<");
    }

    @Test
    void aHostileTargetNameIsEscapedInHtml() {
        String html = new ReportEmailBodies(ReportFixtures.haiPhongWithTargetName(ReportFixtures.VIETNAMESE,
                "<script>alert(1)</script> & \"x\""), new PreviousScores(LocalDate.of(2024, 12, 31), Map.of(
                        // the renamed target moved up, so its name is in the list of changes
                        "GRDP_GROWTH_2024", new PreviousScores.Previous(ProgressStatus.LIMITED_PROGRESS, -1.0, 2023, 10.34))))
                .html();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;");
    }

    @Test
    void subjectHasPlanDateAndCountsByStatus() {
        ReportEmailBodies bodies = new ReportEmailBodies(ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE));
        DeliveryProperties settings = new DeliveryProperties("planscore@haiphong.gov.vn", null, null, null);
        assertThat(settings.subjectFor("Hải Phòng 2021–2025", ReportFixtures.AS_OF, bodies.subjectHeadline()))
                .isEqualTo("Báo cáo tiến độ kế hoạch Hải Phòng 2021–2025 (30/06/2025): 1 đạt · 1 đúng tiến độ · "
                        + "1 cần đẩy nhanh · 1 chậm · 1 đi ngược · 1 thiếu số liệu");
        assertThat(new ReportEmailBodies(ReportFixtures.haiPhong(ReportFixtures.ENGLISH)).subjectHeadline())
                .isEqualTo("1 achieved · 1 on track · 1 moderate · 1 limited · 1 deteriorating · 1 no data");
        assertThat(bodies.text()).contains("Đây là báo cáo đầu tiên");
    }
}
