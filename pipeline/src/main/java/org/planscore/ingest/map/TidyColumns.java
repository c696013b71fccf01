package org.planscore.ingest.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.planscore.i18n.Bilingual;
import org.planscore.ingest.FileRejectedException;
import org.planscore.ingest.read.TableHeader;

/**
 * The project's tidy format: columns {@code indicator,area,period,value,unit} and optionally
 * {@code vintage,source,note,published,bound,covers_to,definition}, in any order, matched by name without regard to
 * case. A file without the optional columns reads as before.
 */
public record TidyColumns(int indicator, int area, int period, int value, int unit, int vintage, int source, int note,
                          int published, int bound, int coversTo, int definition) {

    public static final List<String> REQUIRED = List.of("indicator", "area", "period", "value", "unit");

    /** A spreadsheet row is this format's header when it names every required column. */
    public static boolean isHeader(List<String> cells) {
        List<String> names = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        return names.containsAll(REQUIRED);
    }

    /** @throws FileRejectedException naming the missing columns and what the header holds instead */
    public static TidyColumns of(TableHeader header, String fileName) {
        if (header == null) {
            throw new FileRejectedException(Bilingual.of("file.noHeader", fileName, String.join(",", REQUIRED)));
        }
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            if (header.indexOf(name) < 0) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            String where = header.sheet() == null ? "" : header.sheet();
            throw new FileRejectedException(Bilingual.of("file.missingColumns", fileName, String.join(", ", missing),
                    header.row(), String.join(", ", header.names()), where.isEmpty() ? 0 : 1, where));
        }
        return new TidyColumns(header.indexOf("indicator"), header.indexOf("area"), header.indexOf("period"),
                header.indexOf("value"), header.indexOf("unit"), header.indexOf("vintage"), header.indexOf("source"),
                header.indexOf("note"), header.indexOf("published"), header.indexOf("bound"),
                header.indexOf("covers_to"), header.indexOf("definition"));
    }
}
