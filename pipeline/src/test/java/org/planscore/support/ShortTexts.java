package org.planscore.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every text of up to a given length over an alphabet, for checking a hand-written matcher against the expression
 * it stands for.
 */
public final class ShortTexts {

    private ShortTexts() {
    }

    /**
     * The first twenty texts (the empty one included) on which {@code actual} and {@code expected} differ, each as
     * {@code "text": actual ≠ expected}.
     */
    public static List<String> disagreements(String alphabet, int maxLength, Function<String, Object> actual,
                                             Function<String, Object> expected) {
        List<String> found = new ArrayList<>();
        char[] text = new char[maxLength];
        for (int length = 0; length <= maxLength; length++) {
            int[] digits = new int[length];
            boolean more = true;
            while (more && found.size() < 20) {
                for (int i = 0; i < length; i++) {
                    text[i] = alphabet.charAt(digits[i]);
                }
                String candidate = new String(text, 0, length);
                Object a = actual.apply(candidate);
                Object e = expected.apply(candidate);
                if (!Objects.equals(a, e)) {
                    found.add("\"" + candidate + "\": " + a + " ≠ " + e);
                }
                int i = length - 1;
                while (i >= 0 && ++digits[i] == alphabet.length()) {
                    digits[i--] = 0;
                }
                more = i >= 0;
            }
        }
        return found;
    }
}
