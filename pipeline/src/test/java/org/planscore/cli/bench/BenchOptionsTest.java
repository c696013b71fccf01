package org.planscore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.planscore.cli.CommandLine;

/** {@code bench}'s comma-separated options arrive typed, and its defaults are the ones its help states. */
class BenchOptionsTest {

    @Test
    void sizesAndPartsArriveAsOneTypedValueEach() {
        // when the benchmark is asked for two sizes and two parts
        BenchOptions bench = CommandLine.parse("bench", "--rows", "10, 20", "--only", "csv,idle")
                .options(BenchOptions.class);

        // then its options hold them as numbers and part names
        assertThat(bench.rows.counts()).containsExactly(10L, 20L);
        assertThat(bench.only.names()).isEqualTo(Set.of("csv", "idle"));
        assertThat(bench.only.contains("xlsx")).isFalse();
    }

    @Test
    void leftOutOptionsTakeTheDefaultsTheHelpStates() {
        // when the benchmark is asked for with no option
        BenchOptions bench = CommandLine.parse("bench").options(BenchOptions.class);

        // then "(default: 10000,100000,1000000)", "(default: all)", "(default: 200000)", "best of N (default: 1)"...
        assertThat(bench.rows.counts()).containsExactly(10_000L, 100_000L, 1_000_000L);
        assertThat(bench.only.names()).containsExactlyInAnyOrderElementsOf(
                List.of("csv", "xlsx", "inbox", "idle", "report", "startup", "whole"));
        assertThat(bench.xlsxRows).isEqualTo(200_000L);
        assertThat(bench.repeat).isEqualTo(1);
        assertThat(bench.heap).isEqualTo("256m");
        assertThat(bench.xlsxHeap).isEqualTo("256m");
        assertThat(bench.inboxFiles).isEqualTo(4);
        assertThat(bench.inboxRows).isEqualTo(100_000L);
        assertThat(bench.startupRepeat).isEqualTo(5);
        assertThat(bench.floorBatch).isEqualTo(FloorInsert.DEFAULT_BATCH);
        assertThat(bench.work).isNull();
        assertThat(bench.child).isNull();
    }
}
