package org.planscore.ingest.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A group header written once over its columns reaches each of them; a spacer column and the page top do not. */
class MergedHeadersTest {

    @Test
    void aGroupOverSubHeadersReachesEachOfThem() {
        // 2019-06 quarterly table: E4:F4 "So với cùng kỳ năm trước (%)" over "Quý I" / "Quý II".
        String[][] pieces = {
                {"", "", "Thực hiện", "Ước tính", "So với cùng kỳ năm trước (%)", ""},
                {"", "", "quý I", "quý II", "Quý I", "Quý II"},
        };
        MergedHeaders.spreadGroups(pieces, 1);
        assertThat(pieces[0][5]).isEqualTo("So với cùng kỳ năm trước (%)");
    }

    @Test
    void aSpacerColumnAndThePageTopTakeNothing() {
        String[][] pieces = {
                {"BỘ TÀI CHÍNH", "", "", "", "Phụ lục số 09", ""},
                {"", "", "Thực hiện vụ đông xuân 2019", "", "", "Tăng/giảm (%)"},
                {"", "", "Diện tích", "", "", "Diện tích"},
        };
        MergedHeaders.spreadGroups(pieces, 1);
        assertThat(pieces[0][5]).isEmpty();
        assertThat(pieces[1][3]).isEmpty();
    }
}
