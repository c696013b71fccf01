package org.planscore.ingest.text;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The recent results of a pure text function, per thread: locating a table reads the same title and header cells once
 * per source profile, and an import meets the same area names and units row after row. Short texts: at most
 * {@value #CAPACITY} of them (then forgotten all at once). Long texts — a table's whole title and header, folded
 * once for every source profile tried on it — only the last {@value #LONG_KEPT}, up to {@value #LONGEST_KEPT}
 * characters each. So the memory it holds stays small whatever a file holds.
 */
final class TextMemo<V> {

    static final int CAPACITY = 4096;
    static final int LONGEST = 200;
    static final int LONG_KEPT = 8;
    static final int LONGEST_KEPT = 65_536;

    private final Function<String, V> function;
    private final ThreadLocal<Map<String, V>> results = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Map<String, V>> longResults = ThreadLocal.withInitial(LastUsed::new);

    TextMemo(Function<String, V> function) {
        this.function = function;
    }

    V apply(String text) {
        if (text == null || text.length() > LONGEST_KEPT) {
            return function.apply(text);
        }
        if (text.length() > LONGEST) {
            return longResults.get().computeIfAbsent(text, function);
        }
        Map<String, V> recent = results.get();
        V result = recent.get(text);
        if (result == null) {
            result = function.apply(text);
            if (recent.size() >= CAPACITY) {
                recent.clear();
            }
            recent.put(text, result);
        }
        return result;
    }

    /** The {@value #LONG_KEPT} texts used last. */
    private static final class LastUsed<V> extends LinkedHashMap<String, V> {

        LastUsed() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > LONG_KEPT;
        }
    }
}
