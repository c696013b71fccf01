package org.planscore.ingest.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as found in statistics files: NFC everywhere, non-breaking spaces and NULs gone, and a
 * <em>folded</em> form (lower case, no tone or vowel marks, đ/Đ/Ð as d, one space between words) on which titles,
 * headers and place names are compared. Letters that a lossy code page replaced by '?' are matched tolerantly:
 * a '?' in the text stands for any one letter.
 */
public final class VnText {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Every cell is cleaned once for each source profile tried on its table. */
    private static final TextMemo<String> CLEANED = new TextMemo<>(VnText::cleanAnew);
    private static final TextMemo<String> FOLDED = new TextMemo<>(VnText::foldAnew);
    /** After the patterns: made by folding each of its characters fully. */
    private static final FoldTable TABLE = new FoldTable(VnText::foldFully);

    private VnText() {
    }

    /** Legacy TCVN3 text converted, NFC, NULs and BOMs removed, NBSP and other spaces as plain spaces, trimmed, inner runs of spaces collapsed. */
    public static String clean(String text) {
        return text == null ? "" : CLEANED.apply(text);
    }

    private static String cleanAnew(String text) {
        String t = text.replace("\0", "").replace("\uFEFF", "");
        if (Tcvn3Text.looksLikeTcvn3(t)) {
            t = Tcvn3Text.toUnicode(t);
        }
        t = t.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
        t = Nfc.of(t);
        return spacesToFold(t) ? SPACES.matcher(t).replaceAll(" ").strip() : t.strip();
    }

    /** Whether the text has a run of spaces or a space other than ' ' (as {@code \s} means): most cells have none. */
    private static boolean spacesToFold(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < t.length() && t.charAt(i + 1) <= ' ') {
                return true;
            }
        }
        return false;
    }

    /** Lower case, accents removed (ư→u, ơ→o, đ→d), punctuation other than {@code ? % / . , - ( )} kept, spaces collapsed. */
    public static String fold(String text) {
        return FOLDED.apply(text);
    }

    private static String foldAnew(String text) {
        String fast = text == null ? null : TABLE.fold(text);
        return fast != null ? fast : foldFully(text);
    }

    /** The fold of any text; {@link FoldTable} gives the same, faster, for the texts it knows every character of. */
    static String foldFully(String text) {
        String t = clean(text).toLowerCase(Locale.ROOT);
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case 'đ', 'ð', 'Ð', 'Đ' -> sb.append('d');
                case 'ı' -> sb.append('i');
                case '\n', '\r', '\t' -> sb.append(' ');
                case '–', '—' -> sb.append('-');
                default -> sb.append(c);
            }
        }
        return SPACES.matcher(sb).replaceAll(" ").strip();
    }

    /** Folded, with hyphens and dots read as spaces: "Bà Rịa - Vũng Tàu" and "Ba Ria-Vung Tau" give the same key. */
    public static String key(String text) {
        String t = fold(text).replace('-', ' ').replace('.', ' ').replace(',', ' ').replace('(', ' ').replace(')', ' ');
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** Whether {@code text} holds a '?' that may stand for a letter lost to a code page. */
    public static boolean hasLostLetters(String text) {
        return text.indexOf('?') >= 0;
    }

    /** {@code a} equals {@code b} where each '?' of {@code a} matches any one character of {@code b}. */
    public static boolean tolerantEquals(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            if (x != '?' && x != b.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code phrase} occurs in {@code text}, a '?' in the text matching any character of the phrase. */
    public static boolean tolerantContains(String text, String phrase) {
        if (phrase.isEmpty()) {
            return true;
        }
        if (text.indexOf('?') < 0) {
            return text.contains(phrase);
        }
        int n = phrase.length();
        for (int start = 0; start + n <= text.length(); start++) {
            if (tolerantEquals(text.substring(start, start + n), phrase)) {
                return true;
            }
        }
        return false;
    }

    /** A formula-looking text ("=SUM(A1)", "@cmd", "+x") that a spreadsheet would evaluate if it were written back. */
    public static boolean looksLikeFormula(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        if (c == '=' || c == '@') {
            return true;
        }
        return (c == '+' || c == '-') && t.length() > 1 && !Character.isDigit(t.charAt(1)) && t.charAt(1) != ' '
                && t.charAt(1) != '.';
    }
}
