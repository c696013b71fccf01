package org.planscore.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cell's text: NFC, NULs gone. */
class CellTextTest {

    @Test
    void aCellTypedWithCombiningMarksIsComposedAndLosesItsNuls() {
        assertThat(CellText.of("Ha\u0309i Pho\u0300ng")).isEqualTo("H\u1ea3i Ph\u00f2ng");
        assertThat(CellText.of("GRDP_2024\0")).isEqualTo("GRDP_2024");
    }
}
