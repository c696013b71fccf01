package org.planscore.ingest.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of {@code , ; TAB |} separates a CSV file's fields, judged on its first lines as a person would: the one that
 * cuts the most lines into the same number of fields (a title line above the table counts for nothing), and, when
 * two do that equally, the one whose fields read as numbers — a CSV saved by Excel on Vietnamese Windows separates
 * with ";" and writes "111,60", so both cut its rows alike, but only ";" leaves the figures whole.
 */
final class CsvDelimiter {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    /** Lines looked at: enough for a title block, the header rows and some data. */
    static final int LINES = 30;

    /** Excel's first line "sep=;" (quoted or not), which names the separator. */
    private static final Pattern DECLARED = Pattern.compile("\"?sep=(.)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\s*-?[\\d.,\\s]*\\d[\\d.,\\s]*%?\\s*");

    private CsvDelimiter() {
    }

    /** The separator a first line such as "sep=;" declares, or null. */
    static Character declared(String firstLine) {
        Matcher declared = DECLARED.matcher(firstLine);
        return declared.matches() ? declared.group(1).charAt(0) : null;
    }

    static char guess(List<String> lines) {
        char best = ',';
        long[] bestScore = {0, 0, 0};
        for (char candidate : CANDIDATES) {
            long[] score = score(lines, candidate);
            if (compare(score, bestScore) > 0) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** (lines cut into the most common number of fields above one, numeric fields on them, that number). */
    private static long[] score(List<String> lines, char delimiter) {
        Map<Integer, long[]> byWidth = new HashMap<>();
        for (String line : lines) {
            List<String> fields = split(line, delimiter);
            if (fields.size() < 2) {
                continue;
            }
            long[] tally = byWidth.computeIfAbsent(fields.size(), width -> new long[2]);
            tally[0]++;
            tally[1] += fields.stream().filter(field -> NUMBER.matcher(field).matches()).count();
        }
        long[] best = {0, 0, 0};
        for (Map.Entry<Integer, long[]> width : byWidth.entrySet()) {
            long[] score = {width.getValue()[0], width.getValue()[1], width.getKey()};
            if (compare(score, best) > 0) {
                best = score;
            }
        }
        return best;
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Long.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** The line's fields, quotes kept: a delimiter inside quotes separates nothing. */
    static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == delimiter && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
