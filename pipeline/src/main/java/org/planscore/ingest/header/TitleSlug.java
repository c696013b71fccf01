package org.planscore.ingest.header;

import java.util.Locale;
import java.util.regex.Pattern;

import org.planscore.ingest.text.VnText;

/**
 * A stable code for a table no profile knows, from its title: folded, upper case, words joined by "_", without the
 * table's number ("22."), its periods and dates ("tháng 6 và 6 tháng năm 2019", "từ 01/01- 20/6/2019", "quý I năm
 * 2023", "các quý") and "phân theo địa phương", so that every issue of the same table gives the same code.
 * "5. Diện tích, năng suất, sản lượng lúa đông xuân năm 2019" gives {@code LOC_DIEN_TICH_NANG_SUAT_SAN_LUONG_LUA_DONG_XUAN}.
 */
public final class TitleSlug {

    public static final String PREFIX = "LOC_";
    private static final int MAX = 60;
    private static final Pattern NUMBER = Pattern.compile("^\\s*[0-9]{1,3}[.,]?\\s+");
    private static final Pattern PERIODS = Pattern.compile(
            "tu (ngay )?\\d{1,2}/\\d{1,2}(/\\d{4})?\\s*-\\s*(den )?(ngay )?\\d{1,2}/\\d{1,2}/\\d{4}"
                    + "|\\d{1,2}/\\d{1,2}/\\d{4}"
                    + "|cac quy( nam \\d{4})?"
                    + "|(\\d{1,2} thang (dau )?)?(nam )?(19|20)\\d{2}"
                    + "|thang \\d{1,2}( va \\d{1,2} thang)?"
                    + "|\\d{1,2} thang( dau)?"
                    + "|quy (iv|iii|ii|i|[1-4])\\b"
                    + "|so voi cung ky nam truoc|so voi cung ky"
                    + "|phan theo dia phuong|theo dia phuong|\\bva\\b$");

    private TitleSlug() {
    }

    /** The code for a table titled {@code title}; "LOC_TABLE" when nothing is left of it. */
    public static String of(String title) {
        String t = VnText.fold(title);
        t = NUMBER.matcher(t).replaceFirst("");
        t = PERIODS.matcher(t).replaceAll(" ");
        return PREFIX + words(t, "TABLE");
    }

    /** A column's own words, for telling apart columns of one table: its header without periods and units. */
    public static String columnWords(String header) {
        String t = VnText.fold(header).replaceAll("\\([^()]*\\)", " ");
        t = PERIODS.matcher(t).replaceAll(" ");
        return words(t, "COLUMN");
    }

    /** Upper-case words of a folded text joined by "_", at most 60 characters, cut at a word. */
    public static String words(String folded, String ifEmpty) {
        String code = VnText.fold(folded).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        while (code.length() > MAX && code.lastIndexOf('_') > 0) {
            code = code.substring(0, code.lastIndexOf('_'));
        }
        if (code.length() > MAX) {
            code = code.substring(0, MAX);
        }
        return code.isEmpty() ? ifEmpty : code;
    }
}
