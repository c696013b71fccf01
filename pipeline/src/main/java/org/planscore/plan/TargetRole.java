package org.planscore.plan;

import java.util.Locale;

/**
 * Whether a target counts in its plan's assessment.
 * <ul>
 * <li>{@code main}: a target of the plan being judged: counted, averaged, listed among the most behind;</li>
 * <li>{@code reference}: shown for reference only (growth-scenario sector rates, another version of a target that
 *     the catalogue keeps beside the one it judges: a superseded or revised one, the other perimeter's copy, a
 *     target of another plan such as 2026–2030): scored and shown, never counted or averaged;</li>
 * <li>{@code tracked}: an indicator the plan names without a target (e.g. the PCI rank): its figures are shown,
 *     with no status and no verdict.</li>
 * </ul>
 */
public enum TargetRole {
    MAIN, REFERENCE, TRACKED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but main, reference, tracked */
    public static TargetRole parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "main" -> MAIN;
            case "reference" -> REFERENCE;
            case "tracked" -> TRACKED;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
