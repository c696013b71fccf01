package org.planscore.render.text;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

import org.planscore.i18n.NoLocaleFallback;
import org.planscore.scoring.ProgressStatus;

/**
 * Every visible word and number of a report, in the report's language, from the bundle {@code i18n/report}.
 * Vietnamese is the base bundle; English is {@code report_en}.
 */
public final class ReportTexts {

    static final String BUNDLE = "i18n/report";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DecimalFormatSymbols numberSymbols;
    private final DateTimeFormatter dateFormat;

    private ReportTexts(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
        // The separators come from the bundle, not the JDK's locale data, so the
        // edition reads 1.234,5 / 1,234.5 whichever locale provider the JVM uses.
        this.numberSymbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        numberSymbols.setDecimalSeparator(text("format.decimalSeparator").charAt(0));
        numberSymbols.setGroupingSeparator(text("format.groupingSeparator").charAt(0));
        numberSymbols.setMinusSign('-');
        this.dateFormat = DateTimeFormatter.ofPattern(text("format.date"), locale);
    }

    public static ReportTexts forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new ReportTexts(locale, ResourceBundle.getBundle(BUNDLE, locale, NoLocaleFallback.CONTROL));
    }

    public Locale locale() {
        return locale;
    }

    /** The text for a key; a missing key is a programming error and fails loudly. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing report text '" + key + "' for locale " + locale, e);
        }
    }

    /** A bundle pattern filled with arguments. Pass arguments already formatted as strings. */
    public String format(String key, Object... args) {
        return new MessageFormat(text(key), locale).format(args);
    }

    public String status(ProgressStatus status) {
        return text("status." + (status == null ? ProgressStatus.NOT_AVAILABLE : status).code());
    }

    /** "estimate" / "preliminary" / "official" in words, or null for an unknown or missing vintage. */
    public String vintage(String vintage) {
        if (vintage == null || vintage.isBlank()) {
            return null;
        }
        String key = "vintage." + vintage.trim().toLowerCase(Locale.ROOT);
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }

    /** A value with up to two decimals, e.g. 1.234,5 in Vietnamese; the missing-value mark for null. */
    public String number(Double value) {
        return number(value, 2);
    }

    public String number(Double value, int maxFractionDigits) {
        return value == null ? text("value.missing") : numberFormat(maxFractionDigits).format(value);
    }

    /** A value followed by its unit ("1.234,5 tỷ đồng"); the unit is left out when blank. */
    public String quantity(Double value, String unit) {
        String number = number(value);
        if (value == null || unit == null || unit.isBlank()) {
            return number;
        }
        return format("value.withUnit", number, unit(unit));
    }

    /** A unit in the edition's words ("bn VND" → "tỷ đồng"), from {@link UnitLabels}; null for null. */
    public String unit(String unit) {
        return UnitLabels.of(unit, locale);
    }

    /** A year as plain digits: never "2.025". */
    public String year(Integer year) {
        return year == null ? text("value.missing") : Integer.toString(year);
    }

    public String date(LocalDate date) {
        return date == null ? text("value.missing") : dateFormat.format(date);
    }

    /** A fresh format for this edition; DecimalFormat is not thread-safe, so none is shared. */
    public NumberFormat numberFormat(int maxFractionDigits) {
        DecimalFormat format = new DecimalFormat("#,##0", numberSymbols);
        format.setMaximumFractionDigits(maxFractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
