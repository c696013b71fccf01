package org.planscore.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated plan of many targets for timing the report job: target {@code k} measures indicator {@code BENCH_k}
 * in Hải Phòng, base 2020, target 2025, with yearly figures 2015–2025 (a mix of types, both directions, one pillar
 * per ten percent of the targets).
 */
final class BenchPlan {

    static final String ID = "bench-plan";

    private static final String[] TYPES = {"level", "level", "share", "growth_avg", "annual_growth", "ceiling"};

    private BenchPlan() {
    }

    static void write(Path plansDir, Path inboxDir, int targets) throws IOException {
        try (BufferedWriter yml = Files.newBufferedWriter(plansDir.resolve(ID + ".yml"), StandardCharsets.UTF_8)) {
            yml.write("id: " + ID + "\n");
            yml.write("title: {vi: \"Kế hoạch thử tải " + targets + " chỉ tiêu\", en: \"Load-test plan, " + targets
                    + " targets\"}\n");
            yml.write("area: Hải Phòng\n");
            yml.write("pillars:\n");
            for (int p = 0; p < 10; p++) {
                yml.write("  - id: pillar-" + p + "\n    name: {vi: \"Trụ cột " + p + "\", en: \"Pillar " + p + "\"}\n");
            }
            yml.write("targets:\n");
            for (int k = 0; k < targets; k++) {
                String type = TYPES[k % TYPES.length];
                boolean share = type.equals("share");
                boolean growth = type.contains("growth");
                String unit = share || growth ? "%" : "bn VND";
                double target = share ? 45 : growth ? 7.5 : type.equals("ceiling") ? 800 : 1500 + k;
                yml.write("  - id: BENCH_" + k + "_2025\n");
                yml.write("    indicator: BENCH_" + k + "\n");
                yml.write("    name: {vi: \"Chỉ tiêu thử số " + k + " đạt mức kế hoạch năm 2025\", en: \"Test target "
                        + k + "\"}\n");
                yml.write("    pillar: pillar-" + (k % 10) + "\n");
                yml.write("    type: " + type + "\n");
                yml.write("    base_year: 2020\n    target_year: 2025\n");
                yml.write("    target: " + target + "\n");
                yml.write("    direction: " + (type.equals("ceiling") ? "decrease" : "increase") + "\n");
                yml.write("    unit: \"" + unit + "\"\n");
                if (share) {
                    yml.write("    limit: 100\n");
                }
                yml.write("    source: \"https://example.org/plan#" + k + "\"\n");
            }
        }
        try (BufferedWriter csv = Files.newBufferedWriter(inboxDir.resolve("bench-plan-figures.csv"),
                StandardCharsets.UTF_8)) {
            csv.write("indicator,area,period,value,unit,vintage,source\n");
            for (int k = 0; k < targets; k++) {
                String type = TYPES[k % TYPES.length];
                boolean share = type.equals("share");
                boolean growth = type.contains("growth");
                String unit = share || growth ? "%" : "bn VND";
                for (int year = 2015; year <= 2025; year++) {
                    double value = share ? 30 + (year - 2015) * 1.2 + k % 7
                            : growth ? 5 + ((year * 31 + k) % 40) / 10.0
                            : type.equals("ceiling") ? 1200 - (year - 2015) * 30 - k % 50
                            : 1000 + k + (year - 2015) * (40 + k % 30);
                    csv.write("BENCH_" + k + ",Hải Phòng," + year + "," + value + "," + unit
                            + ",official,https://example.org/figures\n");
                }
            }
        }
    }
}
