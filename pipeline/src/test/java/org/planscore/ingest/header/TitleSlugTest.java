package org.planscore.ingest.header;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The code of a table no profile knows is the same in every issue: the title without its number and periods. */
class TitleSlugTest {

    @Test
    void dropsNumberAndPeriod() {
        assertThat(TitleSlug.of("5. Diện tích, năng suất, sản lượng lúa đông xuân năm 2019"))
                .isEqualTo(TitleSlug.of("3. Diện tích, năng suất, sản lượng lúa đông xuân năm 2022"))
                .isEqualTo("LOC_DIEN_TICH_NANG_SUAT_SAN_LUONG_LUA_DONG_XUAN");
    }

    @Test
    void dropsDateRangesAndPhanTheoDiaPhuong() {
        assertThat(TitleSlug.of("22. Đầu tư nước ngoài vào Việt Nam được cấp phép từ 01/01- 20/6/2019"))
                .isEqualTo(TitleSlug.of("7. Đầu tư nước ngoài vào Việt Nam được cấp phép từ 1/1 - 20/5/2017"))
                .isEqualTo("LOC_DAU_TU_NUOC_NGOAI_VAO_VIET_NAM_DUOC_CAP_PHEP");
        assertThat(TitleSlug.of("10. Chỉ số sử dụng lao động của doanh nghiệp công nghiệp phân theo địa phương"))
                .isEqualTo("LOC_CHI_SO_SU_DUNG_LAO_DONG_CUA_DOANH_NGHIEP_CONG_NGHIEP");
    }

    @Test
    void staysWithinSixtyCharactersCutAtAWord() {
        String code = TitleSlug.of("2. Tốc độ phát triển tổng sản phẩm trên địa bàn tỉnh, thành phố trực thuộc Trung ương"
                + " (GRDP) quý I năm 2023 so với cùng kỳ năm trước");
        assertThat(code.length()).isLessThanOrEqualTo(TitleSlug.PREFIX.length() + 60);
        assertThat(code).startsWith("LOC_TOC_DO_PHAT_TRIEN_TONG_SAN_PHAM").doesNotEndWith("_");
    }
}
