package org.planscore.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Deterministic tidy inputs for the benchmark: row {@code i} is always the same figure, every row is valid and every
 * natural key (indicator, area, period, vintage, source) is distinct, so the floor and the pipeline insert exactly
 * the same rows. Rows come in yearbook order (indicator, then area, then period), as a flattened statistical table
 * does; areas carry Vietnamese diacritics, as real files do.
 */
final class TidyFiles {

    static final String[] HEADER = {"indicator", "area", "period", "value", "unit", "vintage", "source", "note"};

    private static final int INDICATORS = 1000;
    private static final String[] AREAS = areas();
    private static final String[] PERIODS = periods();
    private static final String[] UNITS = {"bn VND", "%", "persons", "mn USD", "ha", "tonnes", "index"};
    private static final String[] VINTAGES = {"official", "preliminary", "estimate"};
    private static final String[] SOURCES = {
            "https://www.gso.gov.vn/nien-giam-thong-ke/", "https://haiphong.gov.vn/bao-cao-kinh-te-xa-hoi",
            "Cục Thống kê Hải Phòng, Niên giám 2024", "https://mof.gov.vn/ngan-sach", "file:yearbook.xlsx"};

    private TidyFiles() {
    }

    /** The largest file this generator can make without repeating a natural key. */
    static long capacity() {
        return (long) INDICATORS * AREAS.length * PERIODS.length;
    }

    /** Row {@code i} (0-based) as cell texts in {@link #HEADER} order. */
    static String[] row(long i) {
        int period = (int) (i % PERIODS.length);
        long rest = i / PERIODS.length;
        int area = (int) (rest % AREAS.length);
        int indicator = (int) (rest / AREAS.length);
        // A value with 1–3 decimals, spread over six orders of magnitude; deterministic in i.
        long mix = (i * 2_654_435_761L) & 0xFFFFFFFL;
        String value = (mix % 1_000_000) + "." + (mix % 997);
        return new String[]{String.format("IND_%04d", indicator), AREAS[area], PERIODS[period], value,
                UNITS[indicator % UNITS.length], VINTAGES[indicator % VINTAGES.length],
                SOURCES[indicator % SOURCES.length], indicator % 4 == 0 ? "ghi chú " + (indicator % 13) : ""};
    }

    static Path csv(Path dir, long rows) throws IOException {
        return csv(dir.resolve("tidy-" + rows + ".csv"), 0, rows);
    }

    /** Slice {@code k} of a larger file: rows {@code k·rows} to {@code (k+1)·rows - 1}, so slices share no key. */
    static Path csvSlice(Path dir, long rows, int k) throws IOException {
        return csv(dir.resolve(String.format("slice-%02d-%d.csv", k, rows)), k * rows, rows);
    }

    private static Path csv(Path file, long first, long rows) throws IOException {
        check(first + rows);
        Path dir = file.getParent();
        if (Files.exists(file)) {
            return file;
        }
        Path partial = dir.resolve(file.getFileName() + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write(String.join(",", HEADER));
            out.write('\n');
            StringBuilder line = new StringBuilder(160);
            for (long i = first; i < first + rows; i++) {
                line.setLength(0);
                String[] cells = row(i);
                for (int c = 0; c < cells.length; c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    appendCsv(line, cells[c]);
                }
                out.append(line).append('\n');
            }
        }
        Files.move(partial, file);
        return file;
    }

    /** An .xlsx written with SXSSF (100 rows in memory), shared strings as Excel writes them, value as a number. */
    static Path xlsx(Path dir, long rows) throws IOException {
        check(rows);
        Path file = dir.resolve("tidy-" + rows + ".xlsx");
        if (Files.exists(file)) {
            return file;
        }
        Path partial = dir.resolve(file.getFileName() + ".part");
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
        try (OutputStream out = Files.newOutputStream(partial)) {
            Sheet sheet = workbook.createSheet("data");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (long i = 0; i < rows; i++) {
                String[] cells = row(i);
                Row row = sheet.createRow((int) i + 1);
                for (int c = 0; c < cells.length; c++) {
                    if (c == 3) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
        Files.move(partial, file);
        return file;
    }

    private static void check(long rows) {
        if (rows < 1 || rows > capacity()) {
            throw new IllegalArgumentException("rows must be between 1 and " + capacity() + ", not " + rows);
        }
    }

    private static void appendCsv(StringBuilder line, String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0) {
            line.append(cell);
        } else {
            line.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
    }

    private static String[] areas() {
        String[] provinces = {"Hải Phòng", "Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Cần Thơ", "Quảng Ninh",
                "Hải Dương", "Thái Bình", "Nam Định", "Hưng Yên"};
        String[] districts = {"", " - Quận Hồng Bàng", " - Quận Lê Chân", " - Huyện Thủy Nguyên", " - Huyện Cát Hải"};
        String[] out = new String[provinces.length * districts.length];
        for (int p = 0; p < provinces.length; p++) {
            for (int d = 0; d < districts.length; d++) {
                out[p * districts.length + d] = provinces[p] + districts[d];
            }
        }
        return out;
    }

    /** 26 years, then quarters, then months: 2000–2025, 2000-Q1…, 2000-01…. */
    private static String[] periods() {
        String[] out = new String[26 + 26 * 4 + 26 * 12];
        int n = 0;
        for (int y = 2000; y <= 2025; y++) {
            out[n++] = Integer.toString(y);
        }
        for (int y = 2000; y <= 2025; y++) {
            for (int q = 1; q <= 4; q++) {
                out[n++] = y + "-Q" + q;
            }
        }
        for (int y = 2000; y <= 2025; y++) {
            for (int m = 1; m <= 12; m++) {
                out[n++] = String.format("%d-%02d", y, m);
            }
        }
        return out;
    }
}
