package org.planscore.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The fold by table gives what the full fold gives, or declines: on every character and on random texts. */
class FoldTableTest {

    private final FoldTable table = new FoldTable(VnText::foldFully);

    @Test
    void placeNamesAndTitlesFoldByTheTable() {
        // given texts as statistics files write them; when folded by the table; then marks, case and spaces are gone
        assertThat(table.fold("Bà Rịa - Vũng Tàu")).isEqualTo("ba ria - vung tau");
        assertThat(table.fold("  Thành phố\u00A0Hải  Phòng\n")).isEqualTo("thanh pho hai phong");
        assertThat(table.fold("ĐỒNG THÁP – Đắk Lắk")).isEqualTo("dong thap - dak lak");
        assertThat(table.fold("Tổng sản phẩm (GRDP), %")).isEqualTo("tong san pham (grdp), %");
    }

    @Test
    void everyCharacterAloneFoldsAsTheFullFoldHasIt() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = String.valueOf((char) c);
            String byTable = table.fold(text);
            if (byTable != null) {
                assertThat(byTable).as("U+%04X", c).isEqualTo(VnText.foldFully(text));
            }
        }
    }

    @Test
    void randomTextsFoldAsTheFullFoldHasThemAndOnlyStrangersAreDeclined() {
        // given an alphabet of Vietnamese letters in both cases, ASCII, dashes, every kind of space the files hold,
        // and characters the table leaves to the full fold (combining marks, NUL, BOM, a Greek sigma, an em quad)
        StringBuilder known = new StringBuilder();
        for (char c = 0x21; c <= 0x7E; c++) {
            known.append(c);
        }
        known.append("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ");
        known.append("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐÐçÇñ–—");
        String spaces = " \t\n\r\u000B\f\u00A0\u2007\u202F";
        String strangers = "\u0301\u0300\u0323\0\uFEFF\u03A3\u2001\u0085";
        Random random = new Random(20261204);
        int foldedByTable = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            boolean stranger = false;
            for (int length = random.nextInt(14); length > 0; length--) {
                int pick = random.nextInt(20);
                if (pick == 0) {
                    text.append(strangers.charAt(random.nextInt(strangers.length())));
                    stranger = true;
                } else if (pick < 5) {
                    text.append(spaces.charAt(random.nextInt(spaces.length())));
                } else {
                    text.append(known.charAt(random.nextInt(known.length())));
                }
            }
            // when folded both ways
            String byTable = table.fold(text.toString());

            // then the table agrees with the full fold, and declines only texts with a stranger (or read as TCVN3)
            if (byTable == null) {
                assertThat(stranger || Tcvn3Text.looksLikeTcvn3(text.toString())).as(text.toString()).isTrue();
            } else {
                foldedByTable++;
                assertThat(byTable).as(text.toString()).isEqualTo(VnText.foldFully(text.toString()));
            }
        }
        assertThat(foldedByTable).isGreaterThan(10_000);
    }
}
