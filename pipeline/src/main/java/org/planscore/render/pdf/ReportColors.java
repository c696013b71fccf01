package org.planscore.render.pdf;

import java.awt.Color;

import org.planscore.scoring.ProgressStatus;

/**
 * Status colours after the Open SDG progress palette: green to red, grey for missing data.
 * Status words are never printed in these colours (yellow on white is unreadable); they sit
 * next to a colour chip instead.
 */
public final class ReportColors {

    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color RULE = new Color(0xCC, 0xCC, 0xCC);
    static final Color HEADING = new Color(0x1F, 0x4E, 0x79);
    /** Estimates and preliminary figures, as in the charts. */
    static final Color ESTIMATE = new Color(0xD9, 0x7B, 0x29);
    static final Color TRACK = new Color(0xE6, 0xE8, 0xEC);

    private ReportColors() {
    }

    public static Color of(ProgressStatus status) {
        return switch (status == null ? ProgressStatus.NOT_AVAILABLE : status) {
            case TARGET_ACHIEVED -> new Color(0x1A, 0x7F, 0x37);
            case SUBSTANTIAL_PROGRESS -> new Color(0x6A, 0xB0, 0x4C);
            case MODERATE_PROGRESS -> new Color(0xE3, 0xB5, 0x05);
            case LIMITED_PROGRESS -> new Color(0xE8, 0x77, 0x2E);
            case DETERIORATION -> new Color(0xC6, 0x28, 0x28);
            case NOT_AVAILABLE -> new Color(0x9A, 0x9F, 0xA8);
        };
    }

    /** Text colour that stays readable on top of the status colour. */
    /** The status colour as CSS ("#1a7f37"), so the email shows the same colours as the PDF. */
    public static String hex(ProgressStatus status) {
        Color c = of(status);
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    static Color onStatus(ProgressStatus status) {
        return status == ProgressStatus.MODERATE_PROGRESS ? TEXT : Color.WHITE;
    }
}
