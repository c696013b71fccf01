package org.planscore.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The memo gives what the function gives, computes a repeated short text once, a repeated long one once while it is
 * among the last few, and keeps no very long text.
 */
class TextMemoTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final TextMemo<String> upper = new TextMemo<>(text -> {
        calls.incrementAndGet();
        return text == null ? null : text.toUpperCase();
    });

    @Test
    void aRepeatedShortTextIsComputedOnce() {
        assertThat(upper.apply("hải phòng")).isEqualTo("HẢI PHÒNG");
        assertThat(upper.apply(new String("hải phòng"))).isEqualTo("HẢI PHÒNG");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aLongTextIsComputedOnceWhileItIsAmongTheLastFewUsed() {
        String title = "t".repeat(TextMemo.LONGEST + 1);
        upper.apply(title);
        for (int i = 0; i < TextMemo.LONG_KEPT - 1; i++) {
            upper.apply(i + title);
            assertThat(upper.apply(new String(title))).isEqualTo(title.toUpperCase());
        }
        assertThat(calls).hasValue(TextMemo.LONG_KEPT);

        // once as many other long texts have been used since, it is computed again
        for (int i = 0; i < TextMemo.LONG_KEPT; i++) {
            upper.apply("other " + i + title);
        }
        assertThat(upper.apply(title)).isEqualTo(title.toUpperCase());
        assertThat(calls).hasValue(2 * TextMemo.LONG_KEPT + 1);
    }

    @Test
    void aVeryLongTextOrNullIsComputedEveryTime() {
        String longText = "x".repeat(TextMemo.LONGEST_KEPT + 1);
        upper.apply(longText);
        upper.apply(longText);
        assertThat(upper.apply(null)).isNull();
        assertThat(calls).hasValue(3);
    }

    @Test
    void pastItsCapacityItForgetsAndStillAnswersRight() {
        for (int i = 0; i <= TextMemo.CAPACITY; i++) {
            assertThat(upper.apply("t" + i)).isEqualTo("T" + i);
        }
        assertThat(upper.apply("t0")).isEqualTo("T0");
        assertThat(calls).hasValue(TextMemo.CAPACITY + 2);
    }
}
