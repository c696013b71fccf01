package org.planscore.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.planscore.ingest.map.ImportItem;
import org.planscore.ingest.profile.GenericLocalityTable;
import org.planscore.ingest.profile.Profiles;

/**
 * What a file gave, sheet by sheet, for the analyst: the table each sheet was read as (a profile, the generic
 * locality table, the tidy format), the figures read and those for the plan's areas, and why each other sheet was
 * skipped. Written to the run log, to {@code validate --show}'s standard error and to a note beside the archived
 * file; bilingual, Vietnamese first.
 */
public final class FileReading {

    /** Stands for the sheet of a CSV file (which has none) in the encoded tally. */
    private static final String NO_SHEET = "\u0000csv";

    private final String file;
    private final Set<String> planAreas;
    private final Map<String, Integer> figures = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> areaFigures = new LinkedHashMap<>();
    private List<FileTables.SheetOutcome> sheets = List.of();

    /** @param planAreas the areas the plans score (gazetteer names, "Hải Phòng") */
    public FileReading(String file, Set<String> planAreas) {
        this.file = file;
        this.planAreas = planAreas;
    }

    /** Counts what one mapped row gave. */
    public void count(ImportItem item) {
        for (int i = 0; i < item.observations().size(); i++) {
            String sheet = String.valueOf(item.locations().get(i).sheet());
            figures.merge(sheet, 1, Integer::sum);
            String area = item.observations().get(i).area();
            if (planAreas.contains(area)) {
                areaFigures.computeIfAbsent(sheet, s -> new TreeMap<>()).merge(area, 1, Integer::sum);
            }
        }
    }

    /** The sheets as the reader saw them (call when the file has been read to its end). */
    public void sheets(List<FileTables.SheetOutcome> outcomes) {
        this.sheets = List.copyOf(outcomes);
    }

    /** Reads a whole file as the import does, counting; a file the import would reject gives no sheets. */
    public static FileReading survey(Path path, String name, String sha256, Profiles profiles, Set<String> planAreas,
                                     ImportLimits limits) throws IOException {
        FileReading reading = new FileReading(name, planAreas);
        try (FileTables tables = new FileTables(path, name, sha256, profiles, limits)) {
            for (SourceRow row = tables.next(); row != null; row = tables.next()) {
                ImportItem item = row.mapper().map(row.raw());
                if (item != null) {
                    reading.count(item);
                }
            }
            reading.sheets(tables.sheets());
        } catch (FileRejectedException e) {
            // The import's own verdict says why; the note has nothing to add.
        }
        return reading;
    }

    /**
     * The tally as text, one fact a line ("F", sheet, figures; "A", sheet, area, figures; "S", sheet outcome), so the
     * import can keep it in its step's execution context and the note be written from it.
     */
    String encode() {
        StringBuilder sb = new StringBuilder();
        figures.forEach((sheet, n) -> line(sb, "F", sheet, String.valueOf(n)));
        areaFigures.forEach((sheet, areas) -> areas.forEach((area, n) -> line(sb, "A", sheet, area, String.valueOf(n))));
        for (FileTables.SheetOutcome s : sheets) {
            line(sb, "S", s.sheet() == null ? NO_SHEET : s.sheet(), String.valueOf(s.table()), String.valueOf(s.skipped()),
                    String.valueOf(s.copyOf()), String.valueOf(s.legacy()));
        }
        return sb.toString();
    }

    /** Restores a tally written by {@link #encode()}, replacing what this reading holds. */
    void decode(String text) {
        figures.clear();
        areaFigures.clear();
        List<FileTables.SheetOutcome> outcomes = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "F" -> figures.put(f[1], Integer.parseInt(f[2]));
                case "A" -> areaFigures.computeIfAbsent(f[1], s -> new TreeMap<>()).put(f[2], Integer.parseInt(f[3]));
                case "S" -> outcomes.add(new FileTables.SheetOutcome(NO_SHEET.equals(f[1]) ? null : f[1], orNull(f[2]),
                        "null".equals(f[3]) ? null : GenericLocalityTable.Skip.valueOf(f[3]), orNull(f[4]),
                        Boolean.parseBoolean(f[5])));
                default -> {
                }
            }
        }
        sheets = List.copyOf(outcomes);
    }

    private static void line(StringBuilder sb, String kind, String... fields) {
        sb.append(kind);
        for (String f : fields) {
            sb.append('\t').append(f.replace('\t', ' ').replace('\n', ' '));
        }
        sb.append('\n');
    }

    private static String orNull(String field) {
        return "null".equals(field) ? null : field;
    }

    /** Figures read for {@code area} in the whole file. */
    public int figuresFor(String area) {
        return areaFigures.values().stream().mapToInt(m -> m.getOrDefault(area, 0)).sum();
    }

    /** "46 sheets: 12 tables read, 31 Hải Phòng figures; 34 skipped: no locality rows", in both languages. */
    public String summary() {
        int read = (int) sheets.stream().filter(s -> s.table() != null).count();
        Map<GenericLocalityTable.Skip, Integer> skipped = new TreeMap<>();
        sheets.stream().filter(s -> s.skipped() != null).forEach(s -> skipped.merge(s.skipped(), 1, Integer::sum));
        int total = figures.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder vi = new StringBuilder(file + ": " + sheets.size() + " trang: đọc " + read + " bảng, " + total
                + " số liệu");
        StringBuilder en = new StringBuilder(file + ": " + sheets.size() + " sheets: " + read + " tables read, " + total
                + " figures");
        for (String area : planAreas) {
            vi.append(", ").append(figuresFor(area)).append(" số liệu ").append(area);
            en.append(", ").append(figuresFor(area)).append(" ").append(area).append(" figures");
        }
        if (!skipped.isEmpty()) {
            vi.append("; bỏ qua ").append(skipped.values().stream().mapToInt(Integer::intValue).sum()).append(": ");
            en.append("; ").append(skipped.values().stream().mapToInt(Integer::intValue).sum()).append(" skipped: ");
            List<String> v = new ArrayList<>();
            List<String> e = new ArrayList<>();
            skipped.forEach((why, n) -> {
                v.add(n + " " + reasonVi(why));
                e.add(n + " " + reasonEn(why));
            });
            vi.append(String.join(", ", v));
            en.append(String.join(", ", e));
        }
        String plain = "";
        for (String area : planAreas) {
            if (figuresFor(area) == 0) {
                plain += System.lineSeparator() + "  Tệp này không cho số liệu nào của " + area + " / This file gave no "
                        + area + " figure";
            }
        }
        return vi + System.lineSeparator() + en + plain;
    }

    /** One line per sheet: what it was read as and what it gave, or why it was skipped. */
    public List<String> sheetLines() {
        List<String> lines = new ArrayList<>();
        for (FileTables.SheetOutcome s : sheets) {
            String name = s.sheet() == null ? "(CSV)" : "'" + s.sheet() + "'";
            if (s.table() != null) {
                String key = String.valueOf(s.sheet());
                int n = figures.getOrDefault(key, 0);
                Map<String, Integer> areas = areaFigures.getOrDefault(key, Map.of());
                StringBuilder line = new StringBuilder(name + ": " + describeTable(s.table()) + " — " + n
                        + " số liệu / figures");
                for (String area : planAreas) {
                    line.append(", ").append(area).append(": ").append(areas.getOrDefault(area, 0));
                }
                lines.add(line.toString());
            } else if (s.copyOf() != null) {
                lines.add(name + ": bỏ qua, cùng số liệu với trang '" + s.copyOf() + "'"
                        + (s.legacy() ? " (bản chữ mã TCVN3)" : "") + ", chỉ lưu một lần / skipped, the same figures as"
                        + " sheet '" + s.copyOf() + "'" + (s.legacy() ? " (a copy in the legacy TCVN3 encoding)" : "")
                        + ", stored once");
            } else {
                lines.add(name + ": bỏ qua, " + reasonVi(s.skipped()) + " / skipped, " + reasonEn(s.skipped()));
            }
        }
        return lines;
    }

    /** The note written beside the archived file. */
    public String note() {
        StringBuilder sb = new StringBuilder();
        sb.append("Tệp đã đọc được gì / What this file gave").append(System.lineSeparator());
        sb.append(summary()).append(System.lineSeparator()).append(System.lineSeparator());
        for (String line : sheetLines()) {
            sb.append(line).append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static String describeTable(String table) {
        return switch (table) {
            case "generic-locality-table" -> "bảng theo địa phương chung / generic locality table";
            case "tidy" -> "định dạng chuẩn / tidy format";
            default -> "hồ sơ / profile " + table;
        };
    }

    private static String reasonVi(GenericLocalityTable.Skip why) {
        return switch (why) {
            case NO_LOCALITY_ROWS -> "không có dòng địa phương";
            case NATIONAL -> "bảng cả nước";
            case NOT_RECOGNISED -> "không nhận ra bảng";
            case COPY -> "bản sao của trang khác";
        };
    }

    private static String reasonEn(GenericLocalityTable.Skip why) {
        return switch (why) {
            case NO_LOCALITY_ROWS -> "no locality rows";
            case NATIONAL -> "a national table";
            case NOT_RECOGNISED -> "not recognised";
            case COPY -> "a copy of another sheet";
        };
    }
}
