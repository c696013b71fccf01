package org.planscore.delivery;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A typical Hai Phong report email, with Vietnamese everywhere it can appear. */
final class TestReports {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final String SUBJECT = "Báo cáo tiến độ kế hoạch Hải Phòng (30/06/2025)";
    static final String TEXT = "Kính gửi lãnh đạo thành phố,\nĐính kèm báo cáo tiến độ kế hoạch phát triển.";
    static final String HTML = "<p>Kính gửi lãnh đạo thành phố,</p><p>Đính kèm <b>báo cáo tiến độ</b>.</p>";
    static final String FROM = "PlanScore Hải Phòng <planscore@haiphong.gov.vn>";
    static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2025-07-01T01:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private TestReports() {
    }

    static ReportEmail email(Path pdf, List<String> recipients) {
        return new ReportEmail("hp-2021-2025", "Hải Phòng", AS_OF, SUBJECT, TEXT, HTML, pdf, FROM, recipients);
    }
}
