package org.planscore.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Legacy TCVN3 (ABC) text from old government workbooks is recognised and read as Vietnamese. */
class Tcvn3TextTest {

    @Test
    void placeNamesTypedWithTheVnTimeFontsAreConverted() {
        // "H¶i Phßng" is what a .VnTime cell holds for "Hải Phòng"; U+00AD (ư) is invisible in Latin-1 fonts
        assertThat(VnText.clean("H¶i Phßng")).isEqualTo("Hải Phòng");
        assertThat(VnText.clean("B¶o Th¾ng")).isEqualTo("Bảo Thắng");
        assertThat(VnText.clean("M\u00ADêng Kh\u00AD\u00ACng")).isEqualTo("Mường Khương");
        assertThat(VnText.clean("Tæng sè vèn ®Çu t\u00AD")).isEqualTo("Tổng số vốn đầu tư");
    }

    @Test
    void theGazetteerFindsAProvinceWrittenInTcvn3() {
        assertThat(VnText.fold("TP. H¶i Phßng")).isEqualTo(VnText.fold("TP. Hải Phòng"));
    }

    @Test
    void unicodeVietnameseAndPlainLatinTextAreLeftAlone() {
        assertThat(Tcvn3Text.looksLikeTcvn3("Hải Phòng")).isFalse();
        assertThat(Tcvn3Text.looksLikeTcvn3("Hai Phong")).isFalse();
        assertThat(Tcvn3Text.looksLikeTcvn3("Số liệu")).isFalse();
        assertThat(Tcvn3Text.looksLikeTcvn3("café crème")).isFalse();
        assertThat(VnText.clean("TRÊN ĐỊA BÀN")).isEqualTo("TRÊN ĐỊA BÀN");
        assertThat(VnText.clean("TRÊN")).isEqualTo("TRÊN");
        assertThat(VnText.clean("Nguồn: GSO · 2024 ©")).isEqualTo("Nguồn: GSO · 2024 ©");
        assertThat(VnText.clean(" Hải Phòng ")).isEqualTo("Hải Phòng");
        // A code-page export that lost letters keeps its Latin-1 letters (ò): it is not TCVN3.
        assertThat(VnText.clean("H?i Phòng")).isEqualTo("H?i Phòng");
    }
}
