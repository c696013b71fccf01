package org.planscore.cli.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code ./planscore bench}'s options, typed and with their defaults, as {@link BenchCommand} receives them. */
@Command(name = "bench", sortOptions = false,
        description = "the import benchmark beside a floor measured in the same run (docs/benchmark.md)")
public final class BenchOptions {

    /** The parts of the benchmark, in the order {@code --only} names them. */
    static final String ALL_PARTS = "csv,xlsx,inbox,idle,report,startup,whole";

    @Option(names = "--rows", paramLabel = "N,N,...", converter = RowCounts.Converter.class,
            defaultValue = "10000,100000,1000000", description = "CSV sizes (default: 10000,100000,1000000)")
    RowCounts rows;
    @Option(names = "--xlsx-rows", paramLabel = "N", defaultValue = "200000",
            description = "XLSX size (default: 200000)")
    long xlsxRows;
    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1", description = "best of N (default: 1)")
    int repeat;
    @Option(names = "--only", paramLabel = "PART,...", converter = Parts.Converter.class, defaultValue = ALL_PARTS,
            description = "csv, xlsx, inbox, idle, report, startup, whole (default: all)")
    Parts only;
    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "256m",
            description = "heap of each measured JVM (default: 256m)")
    String heap;
    @Option(names = "--xlsx-heap", paramLabel = "SIZE", defaultValue = "256m",
            description = "heap for XLSX (default: 256m)")
    String xlsxHeap;
    @Option(names = "--work", paramLabel = "DIR", description = "where inputs are kept and reused")
    Path work;
    @Option(names = "--jfr", paramLabel = "DIR", description = "record each measurement with Flight Recorder")
    Path jfr;
    @Option(names = "--inbox-files", paramLabel = "N", defaultValue = "4",
            description = "files in the inbox case (default: 4)")
    int inboxFiles;
    @Option(names = "--inbox-rows", paramLabel = "N", defaultValue = "100000",
            description = "rows per inbox file (default: 100000)")
    long inboxRows;
    @Option(names = "--floor-batch", paramLabel = "N", defaultValue = "" + FloorInsert.DEFAULT_BATCH,
            description = "the floor's batch and commit size")
    int floorBatch;
    @Option(names = "--workbook", paramLabel = "FILE", description = "the workbook the start-up case imports")
    String workbook;
    @Option(names = "--startup-repeat", paramLabel = "N", defaultValue = "5",
            description = "start-up runs (default: 5)")
    int startupRepeat;
    // how the benchmark starts each measured JVM: not for people
    @Option(names = "--child", hidden = true)
    String child;
    @Option(names = "--input", hidden = true, defaultValue = ".")
    Path input;
    @Option(names = "--files", hidden = true, defaultValue = "1")
    int files;
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
    boolean help;

    /** {@code --rows}: one value (N,N,...) for picocli, not a repeatable option. */
    record RowCounts(List<Long> counts) {
        static final class Converter implements ITypeConverter<RowCounts> {
            @Override
            public RowCounts convert(String text) {
                try {
                    return new RowCounts(Arrays.stream(text.split(",")).map(String::trim).map(Long::valueOf).toList());
                } catch (NumberFormatException e) {
                    throw new TypeConversionException("--rows takes whole numbers N,N,..., not '" + text + "'");
                }
            }
        }
    }

    /** {@code --only}: the parts to measure, each one of {@link #ALL_PARTS}. */
    record Parts(Set<String> names) {
        boolean contains(String part) {
            return names.contains(part);
        }

        static final class Converter implements ITypeConverter<Parts> {
            @Override
            public Parts convert(String text) {
                Set<String> names = new LinkedHashSet<>(List.of(text.split(",")));
                if (!List.of(ALL_PARTS.split(",")).containsAll(names)) {
                    throw new TypeConversionException("--only takes a list of " + List.of(ALL_PARTS.split(",")));
                }
                return new Parts(Set.copyOf(names));
            }
        }
    }
}
