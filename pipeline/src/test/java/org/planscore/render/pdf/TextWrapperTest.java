package org.planscore.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class TextWrapperTest {

    @Test
    void everyLineFitsAndNoWordIsLost() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document);
            String text = "Thu ngân sách nhà nước trên địa bàn thành phố Hải Phòng năm 2024 ước đạt 101.300 tỷ đồng, "
                    + "tăng so với cùng kỳ; nguồn https://haiphong.gov.vn/tin-tuc/nghi-quyet-dai-hoi-dai-bieu-dang-bo-"
                    + "thanh-pho-hai-phong-lan-thu-xvi-nhiem-ky-2020-2025.html";
            float width = 180f;
            List<String> lines = TextWrapper.wrap(text, fonts.regular(), 11f, width);
            assertTrue(lines.size() > 3);
            for (String line : lines) {
                assertTrue(TextWrapper.width(line, fonts.regular(), 11f) <= width, line);
            }
            assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
            // and each line is as full as it can be: the next line's first word would not have fit on it
            for (int i = 0; i + 1 < lines.size(); i++) {
                String longer = lines.get(i) + " " + lines.get(i + 1).split(" ")[0];
                if (text.contains(longer)) {
                    assertTrue(TextWrapper.width(longer, fonts.regular(), 11f) > width, longer);
                }
            }
        }
    }

    @Test
    void blankTextHasNoLines() throws IOException {
        try (PDDocument document = new PDDocument()) {
            assertTrue(TextWrapper.wrap("  ", PdfFonts.load(document).regular(), 11f, 100f).isEmpty());
        }
    }

    @Test
    void charactersTheFontLacksDoNotAbortTheReport() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document);
            assertEquals("Hải Phòng ? a b", PrintableText.of("Hải Phòng \uD83D\uDE80 a\tb", fonts.regular()));
        }
    }
}
