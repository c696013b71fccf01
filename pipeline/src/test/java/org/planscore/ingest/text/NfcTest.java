package org.planscore.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The shortcut past the NFC check holds for every character and every pair of characters it lets through. */
class NfcTest {

    @Test
    void everyTextOfCharactersBelowTheCombiningMarksIsInNfcAlready() {
        List<String> notNormal = new ArrayList<>();
        for (char a = 0; a < '\u0300'; a++) {
            check(String.valueOf(a), notNormal);
            for (char b = 0; b < '\u0300'; b++) {
                check(new String(new char[]{a, b}), notNormal);
            }
        }
        assertThat(notNormal).isEmpty();
    }

    @Test
    void aCombiningMarkIsComposedWithTheLetterBeforeIt() {
        String decomposed = "Ha\u0309i Pho\u0300ng";   // "Hải Phòng" typed with combining marks
        assertThat(Nfc.belowCombiningMarks(decomposed)).isFalse();
        assertThat(Nfc.of(decomposed)).isEqualTo("H\u1ea3i Ph\u00f2ng");
    }

    private static void check(String text, List<String> notNormal) {
        if (Nfc.belowCombiningMarks(text) && !Normalizer.normalize(text, Normalizer.Form.NFC).equals(text)) {
            notNormal.add(text);
        }
    }
}
