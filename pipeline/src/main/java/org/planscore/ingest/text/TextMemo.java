package org.planscore.ingest.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The recent results of a pure text function, per thread: locating a table reads the same title and header cells once
 * per source profile, and an import meets the same area names and units row after row. Short texts only, and at most
 * {@value #CAPACITY} of them (then forgotten all at once), so the memory it holds stays small whatever a file holds.
 */
final class TextMemo<V> {

    static final int CAPACITY = 4096;
    static final int LONGEST = 200;

    private final Function<String, V> function;
    private final ThreadLocal<Map<String, V>> results = ThreadLocal.withInitial(HashMap::new);

    TextMemo(Function<String, V> function) {
        this.function = function;
    }

    V apply(String text) {
        if (text == null || text.length() > LONGEST) {
            return function.apply(text);
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
}
