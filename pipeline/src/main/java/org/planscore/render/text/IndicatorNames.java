package org.planscore.render.text;

import java.util.Locale;
import java.util.ResourceBundle;

import org.planscore.plan.PlanTarget;

/**
 * What a reader sees instead of an indicator code: the indicator's name in the edition's language from
 * {@code i18n/indicators}, or, for an indicator the bundle does not name, the name of a target it measures. A code
 * is never shown to a reader; it stays in the scorecard's machine columns.
 */
public final class IndicatorNames {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    public IndicatorNames(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n/indicators", locale, NO_DEFAULT_LOCALE_FALLBACK);
    }

    /** The name of the indicator that measures {@code target}. */
    public String of(PlanTarget target) {
        String code = target.indicator();
        if (code != null && bundle.containsKey(code)) {
            return bundle.getString(code);
        }
        return target.name().in(locale);
    }
}
