package org.planscore.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.planscore.i18n.Bilingual;
import org.planscore.ingest.FileReading;
import org.planscore.ingest.FileRejectedException;
import org.planscore.ingest.FileTables;
import org.planscore.ingest.ImportLimits;
import org.planscore.ingest.ObservationCsv;
import org.planscore.ingest.PlanAreas;
import org.planscore.ingest.SourceLocation;
import org.planscore.ingest.SourceRow;
import org.planscore.ingest.StoredWidths;
import org.planscore.ingest.map.ImportItem;
import org.planscore.ingest.map.RowProblem;
import org.planscore.ingest.profile.ProfileValidationException;
import org.planscore.ingest.profile.ProfiledRowMapper;
import org.planscore.ingest.profile.Profiles;
import org.planscore.store.Observation;

/**
 * {@code validate [--show] FILE…}: reads each file exactly as the import would (tidy format or source profiles),
 * stores nothing, and tells the analyst what would be imported and what would be rejected. With {@code --show} the
 * observations go to standard output as CSV (the leading columns of {@code export observations}, then where each
 * value sits: sheet, cell, row, and the profile that read it) and the verdicts to standard error.
 */
final class ValidateCommand {

    private static final String NOT_STORED = "0".repeat(64);

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    ExitCode run(CommandDefinitions.Validate options, List<String> springArgs) throws IOException {
        boolean show = options.show;
        PrintStream verdicts = show ? err : out;
        Profiles profiles;
        try {
            profiles = Profiles.forHome();
        } catch (ProfileValidationException e) {
            verdicts.println("Source profiles are invalid / Hồ sơ nguồn bị lỗi:");
            e.problems().forEach(p -> verdicts.println("  " + p));
            return ExitCode.RUN_FAILED;
        }
        ImportLimits limits = ImportLimitsSettings.load(springArgs);
        boolean allClean = true;
        try (ObservationCsv csv = show ? new ObservationCsv(out, List.of("source_sheet", "source_cell", "source_row",
                "profile", "coverage", "measure")) : null) {
            for (Path file : options.files) {
                allClean &= validate(file, profiles, limits, csv, verdicts);
            }
        }
        out.flush();
        return allClean ? ExitCode.OK : ExitCode.RUN_FAILED;
    }

    private boolean validate(Path file, Profiles profiles, ImportLimits limits, ObservationCsv csv,
                             PrintStream verdicts) throws IOException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            verdicts.println(name + ": REJECTED — no such file / không có tệp này");
            return false;
        }
        int rows = 0;
        int observations = 0;
        int rejected = 0;
        FileTables tables = null;
        FileReading reading = new FileReading(name, PlanAreas.forHome());
        try {
            // Nothing is stored, so the file needs no identity: it is not hashed (a huge file is refused by its size first).
            tables = new FileTables(file, name, NOT_STORED, profiles, limits);
            for (SourceRow row = tables.next(); row != null; row = tables.next()) {
                ImportItem item = StoredWidths.check(row.mapper().map(row.raw()));
                if (item == null) {
                    continue;
                }
                rows++;
                reading.count(item);
                String profile = row.mapper() instanceof ProfiledRowMapper p ? p.layout().profile().id() : "tidy";
                for (int i = 0; i < item.observations().size(); i++) {
                    observations++;
                    if (csv != null) {
                        SourceLocation at = item.locations().get(i);
                        Observation o = item.observations().get(i);
                        csv.print(o, at.sheet() == null ? "" : at.sheet(), at.column() == null ? "" : at.column(),
                                at.row(), profile, o.coverage() == null ? "" : o.coverage(),
                                o.measure() == null ? "" : o.measure());
                    }
                }
                if (item.hasProblems()) {
                    rejected++;
                    for (RowProblem problem : item.problems()) {
                        verdicts.println("  " + problem.message().vi() + " / " + problem.message().en());
                    }
                }
            }
        } catch (FileRejectedException e) {
            print(verdicts, name, e.reason());
            return false;
        } finally {
            if (tables != null) {
                tables.close();
            }
        }
        verdicts.printf("%s: %d observations from %d rows would be imported, %d rows with errors"
                + " / %d số liệu từ %d dòng hợp lệ, %d dòng lỗi%n", name, observations, rows, rejected, observations, rows,
                rejected);
        reading.sheets(tables.sheets());
        verdicts.println("  " + reading.summary().replace(System.lineSeparator(), System.lineSeparator() + "  "));
        for (String sheet : reading.sheetLines()) {
            verdicts.println("    " + sheet);
        }
        return rejected == 0 && observations > 0;
    }

    private static void print(PrintStream verdicts, String name, Bilingual reason) {
        verdicts.println(name + ": REJECTED / BỊ TỪ CHỐI");
        verdicts.println("  " + reason.vi());
        verdicts.println("  " + reason.en());
    }
}
