package org.planscore.ingest.profile;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.planscore.ingest.text.VnText;

/**
 * A piece of text a profile looks for in a title or a column header, compared folded (no accents, any case).
 * Alternatives are separated by " | "; within one, parts joined by " &amp; " must all occur; a leading "=" asks for
 * the whole text to be equal, not only to contain it; '#' stands for one digit ("=năm ####" is any year). A '?' in
 * the file's text (a letter lost to a code page) matches any letter.
 */
public record Phrase(String written, List<List<String>> alternatives, boolean exact) {

    public static Phrase of(String written) {
        String w = written.strip();
        boolean exact = w.startsWith("=");
        String body = exact ? w.substring(1) : w;
        List<List<String>> alternatives = Arrays.stream(body.split("\\s+\\|\\s+"))
                .map(alt -> Arrays.stream(alt.split("\\s+&\\s+")).map(VnText::fold).filter(p -> !p.isEmpty()).toList())
                .filter(parts -> !parts.isEmpty()).toList();
        return new Phrase(w, alternatives, exact);
    }

    /** @param folded text already folded with {@link VnText#fold} */
    public boolean in(String folded) {
        for (List<String> parts : alternatives) {
            if (exact ? parts.size() == 1 && matches(folded, parts.get(0), true)
                    : parts.stream().allMatch(part -> matches(folded, part, false))) {
                return true;
            }
        }
        return false;
    }

    public static boolean any(List<Phrase> phrases, String folded) {
        return phrases.stream().anyMatch(p -> p.in(folded));
    }

    private static boolean matches(String text, String part, boolean whole) {
        if (part.indexOf('#') >= 0) {
            StringBuilder regex = new StringBuilder();
            for (String piece : part.split("#", -1)) {
                regex.append(Pattern.quote(piece)).append("\\d");
            }
            regex.setLength(regex.length() - 2);
            Pattern p = Pattern.compile(regex.toString());
            return whole ? p.matcher(text).matches() : p.matcher(text).find();
        }
        return whole ? VnText.tolerantEquals(text, part) : VnText.tolerantContains(text, part);
    }

    @Override
    public String toString() {
        return "'" + written + "'";
    }
}
