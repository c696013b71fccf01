package org.planscore.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.planscore.i18n.Bilingual;
import org.planscore.ingest.map.RowMapper;
import org.planscore.ingest.map.TidyColumns;
import org.planscore.ingest.map.TidyRowMapper;
import org.planscore.ingest.profile.Attempt;
import org.planscore.ingest.profile.GenericLocalityTable;
import org.planscore.ingest.profile.ProfiledRowMapper;
import org.planscore.ingest.profile.Profiles;
import org.planscore.ingest.profile.SourceProfile;
import org.planscore.ingest.profile.TableContext;
import org.planscore.ingest.profile.TableLocator;
import org.planscore.ingest.read.Grid;
import org.planscore.ingest.read.RawRow;
import org.planscore.ingest.read.SheetRows;
import org.planscore.ingest.read.TableHeader;
import org.planscore.ingest.read.TableSources;

/**
 * The tables of one input file, read sheet by sheet in a single pass (a streamed workbook cannot go back): each
 * sheet's first rows are buffered and tried against the project's tidy format, then against every source profile;
 * a sheet that fits is read to its end, row by row, with the mapper of its table; a sheet that fits nothing is passed
 * over. When the file ends without any table, the file is rejected, naming the profiles that came closest and why
 * they did not fit.
 */
public final class FileTables implements Closeable {

    /** How far down a sheet the tidy header may sit (titles and notes often come first). */
    private static final int TIDY_HEADER_ROWS = 30;

    private final String displayName;
    private final String fileSha256;
    private final Profiles profiles;
    private final Grid grid;
    private final Deque<RawRow> buffered = new ArrayDeque<>();
    private final Map<String, Attempt> closest = new LinkedHashMap<>();
    private final List<String> tables = new ArrayList<>();
    private final List<SheetOutcome> sheets = new ArrayList<>();
    private final SheetCopies copies = new SheetCopies();
    private SheetRows sheet;
    private RowMapper mapper;
    private TableHeader tidyHeaderSeen;
    private boolean tidyFound;
    private int firstDataRow;

    public FileTables(Path file, String displayName, String fileSha256, Profiles profiles, ImportLimits limits) {
        this.displayName = displayName;
        this.fileSha256 = fileSha256;
        this.profiles = profiles;
        this.grid = TableSources.open(file, displayName, limits);
    }

    /** The next data row of a recognised table, or null at the end of the file. */
    public SourceRow next() throws IOException {
        while (true) {
            if (mapper != null) {
                RawRow row = !buffered.isEmpty() ? buffered.poll() : sheet.next();
                if (row != null) {
                    if (row.row() < firstDataRow) {
                        continue;
                    }
                    return new SourceRow(row, mapper);
                }
                mapper = null;
            }
            if (tidyFound && !grid.isText()) {
                // As before profiles existed: a workbook in the tidy format is read from its first tidy sheet only.
                return end();
            }
            sheet = grid.nextSheet();
            if (sheet == null) {
                return end();
            }
            identify();
        }
    }

    /** Descriptions of the tables found so far ("sheet '25. FDI': gso-fdi-by-locality"). */
    public List<String> tables() {
        return tables;
    }

    private SourceRow end() {
        if (tables.isEmpty()) {
            throw new FileRejectedException(rejection());
        }
        return null;
    }

    private void identify() throws IOException {
        buffered.clear();
        int scan = Math.max(TIDY_HEADER_ROWS, profiles.all().stream().mapToInt(SourceProfile::scanRows).max().orElse(0));
        for (int i = 0; i < scan; i++) {
            RawRow row = sheet.next();
            if (row == null) {
                break;
            }
            buffered.add(row);
        }
        List<RawRow> first = new ArrayList<>(buffered);
        String original = copies.originalOf(first);
        if (original != null) {
            sheets.add(new SheetOutcome(sheet.name(), null, GenericLocalityTable.Skip.COPY, original,
                    SheetCopies.legacyText(first)));
            buffered.clear();
            return;
        }
        // The tidy format: the first row in CSV, any of the first rows of a sheet.
        int tidyRows = grid.isText() ? Math.min(1, first.size()) : Math.min(TIDY_HEADER_ROWS, first.size());
        for (int i = 0; i < tidyRows; i++) {
            RawRow r = first.get(i);
            TableHeader header = new TableHeader(displayName, sheet.name(), r.row(), r.cells());
            if (TidyColumns.isHeader(r.cells())) {
                TidyColumns.of(header, displayName);
                mapper = new TidyRowMapper(fileSha256, grid.numberStyle());
                firstDataRow = r.row() + 1;
                tidyFound = true;
                tables.add(where() + "tidy");
                sheets.add(new SheetOutcome(sheet.name(), "tidy", null));
                TableHeader shared = header;
                // Tidy rows carry their header, as they always did.
                buffered.clear();
                for (int j = i + 1; j < first.size(); j++) {
                    RawRow d = first.get(j);
                    buffered.add(new RawRow(d.row(), d.cells(), shared, d.numeric()));
                }
                SheetRows inner = sheet;
                sheet = new HeaderedRows(inner, shared);
                return;
            }
            if (tidyHeaderSeen == null && looksLikeTidyAttempt(r.cells())) {
                tidyHeaderSeen = header;
            }
        }
        TableContext context = new TableContext(displayName, sheet.name(), grid.isText(), fileSha256,
                grid.numberStyle());
        Attempt best = null;
        for (SourceProfile profile : profiles.all()) {
            Attempt attempt = TableLocator.attempt(profile, first, context);
            if (attempt.matched()) {
                if (best == null || !best.matched() || attempt.score() > best.score()) {
                    best = attempt;
                }
            } else {
                Attempt known = closest.get(profile.id());
                if (known == null || attempt.score() > known.score()) {
                    closest.put(profile.id(), attempt);
                }
            }
        }
        if (best == null || !best.matched()) {
            // No profile knows it: a table with a row per province is still read, by what its headers mean.
            Optional<GenericLocalityTable.Skip> skip = GenericLocalityTable.whyNot(first);
            if (skip.isPresent()) {
                sheets.add(new SheetOutcome(sheet.name(), null, skip.get()));
            } else {
                best = GenericLocalityTable.attempt(first, context);
                if (!best.matched()) {
                    sheets.add(new SheetOutcome(sheet.name(), null, GenericLocalityTable.Skip.NOT_RECOGNISED));
                }
            }
        }
        if (best != null && best.matched()) {
            mapper = new ProfiledRowMapper(best.layout());
            firstDataRow = best.layout().firstDataRow();
            tables.add(where() + best.profile().id());
            sheets.add(new SheetOutcome(sheet.name(), best.profile().id(), null));
            copies.read(sheet.name(), first);
        } else {
            buffered.clear();
        }
    }

    /**
     * What one sheet gave.
     *
     * @param sheet   the sheet name (null for CSV)
     * @param table   the profile id that read it, {@code generic-locality-table}, {@code tidy}, or null when skipped
     * @param skipped why it was skipped, or null
     * @param copyOf  for a copy, the sheet read before that holds the same figures; else null
     * @param legacy  for a copy, whether its text is in the legacy TCVN3 encoding
     */
    public record SheetOutcome(String sheet, String table, GenericLocalityTable.Skip skipped, String copyOf,
                               boolean legacy) {

        public SheetOutcome(String sheet, String table, GenericLocalityTable.Skip skipped) {
            this(sheet, table, skipped, null, false);
        }
    }

    /** Every sheet seen so far, read or skipped, in file order. */
    public List<SheetOutcome> sheets() {
        return sheets;
    }

    private String where() {
        return sheet.name() == null ? "" : "sheet '" + sheet.name() + "': ";
    }

    private Bilingual rejection() {
        if (tidyHeaderSeen != null) {
            // Meant as the tidy format: say which columns are missing, as before.
            TidyColumns.of(tidyHeaderSeen, displayName);
        }
        List<Attempt> top = closest.values().stream()
                .sorted(Comparator.comparingDouble(Attempt::score).reversed()).limit(3).toList();
        if (top.isEmpty()) {
            return Bilingual.of("file.noTable", displayName, "-", "-");
        }
        String vi = top.stream().map(a -> describe(a, true)).collect(Collectors.joining("; "));
        String en = top.stream().map(a -> describe(a, false)).collect(Collectors.joining("; "));
        return Bilingual.of("file.noTable", displayName, vi, en);
    }

    private static String describe(Attempt a, boolean vi) {
        String reasons = a.reasons().stream().limit(3).map(b -> vi ? b.vi() : b.en()).collect(Collectors.joining(", "));
        return a.profile().id() + (a.sheet() == null ? "" : " ('" + a.sheet() + "')") + " " + a.found() + "/"
                + a.total() + ": " + reasons;
    }

    /** A row naming two or more of the tidy columns is an attempt at the tidy format. */
    private static boolean looksLikeTidyAttempt(List<String> cells) {
        long named = cells.stream().map(c -> c.trim().toLowerCase(java.util.Locale.ROOT))
                .filter(TidyColumns.REQUIRED::contains).count();
        return named >= 2;
    }

    @Override
    public void close() throws IOException {
        grid.close();
    }

    /** Gives each row of a tidy table its header. */
    private record HeaderedRows(SheetRows rows, TableHeader header) implements SheetRows {
        @Override
        public String name() {
            return rows.name();
        }

        @Override
        public RawRow next() throws IOException {
            RawRow r = rows.next();
            return r == null ? null : new RawRow(r.row(), r.cells(), header, r.numeric());
        }
    }
}
