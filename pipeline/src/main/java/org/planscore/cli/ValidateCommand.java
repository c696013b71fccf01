package org.planscore.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.planscore.i18n.Bilingual;
import org.planscore.ingest.FileRejectedException;
import org.planscore.ingest.ObservationCsv;
import org.planscore.ingest.Sha256;
import org.planscore.ingest.map.ImportItem;
import org.planscore.ingest.map.RowProblem;
import org.planscore.ingest.map.TidyColumns;
import org.planscore.ingest.map.TidyRowMapper;
import org.planscore.ingest.read.RawRow;
import org.planscore.ingest.read.TableSource;
import org.planscore.ingest.read.TableSources;

/**
 * {@code validate [--show] FILE…}: reads each file exactly as the import would, stores nothing, and tells the
 * analyst what would be imported and what would be rejected. With {@code --show} the observations go to standard
 * output as CSV and the verdicts to standard error.
 */
final class ValidateCommand {

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    ExitCode run(CommandLine line) throws IOException {
        line.allow("show");
        if (line.arguments().isEmpty()) {
            throw new CommandLine.UsageException("validate needs at least one FILE");
        }
        boolean show = line.flag("show");
        PrintStream verdicts = show ? err : out;
        boolean allClean = true;
        try (ObservationCsv csv = show ? new ObservationCsv(out, List.of("source_sheet", "source_row")) : null) {
            for (String argument : line.arguments()) {
                allClean &= validate(Path.of(argument), csv, verdicts);
            }
        }
        out.flush();
        return allClean ? ExitCode.OK : ExitCode.RUN_FAILED;
    }

    private boolean validate(Path file, ObservationCsv csv, PrintStream verdicts) throws IOException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            verdicts.println(name + ": REJECTED — no such file / không có tệp này");
            return false;
        }
        int accepted = 0;
        int rejected = 0;
        try (TableSource source = TableSources.open(file, name, TidyColumns::isHeader)) {
            TidyColumns.of(source.header(), name);
            TidyRowMapper mapper = new TidyRowMapper(Sha256.ofFile(file));
            for (RawRow row = source.next(); row != null; row = source.next()) {
                ImportItem item = mapper.map(row);
                if (item.isAccepted()) {
                    accepted++;
                    if (csv != null) {
                        csv.print(item.observation(), row.header().sheet() == null ? "" : row.header().sheet(), row.row());
                    }
                } else {
                    rejected++;
                    for (RowProblem problem : item.problems()) {
                        verdicts.println("  " + problem.message().vi() + " / " + problem.message().en());
                    }
                }
            }
        } catch (FileRejectedException e) {
            print(verdicts, name, e.reason());
            return false;
        }
        verdicts.printf("%s: %d rows would be imported, %d rows rejected / %d dòng hợp lệ, %d dòng lỗi%n",
                name, accepted, rejected, accepted, rejected);
        return rejected == 0 && accepted > 0;
    }

    private static void print(PrintStream verdicts, String name, Bilingual reason) {
        verdicts.println(name + ": REJECTED / BỊ TỪ CHỐI");
        verdicts.println("  " + reason.vi());
        verdicts.println("  " + reason.en());
    }
}
