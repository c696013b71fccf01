package org.planscore.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.planscore.assessment.ScoreRepository;
import org.planscore.ingest.NumberText;
import org.planscore.ingest.ObservationCsv;
import org.planscore.store.ObservationRepository;
import org.springframework.stereotype.Component;

/** {@code export observations|scores [--out FILE]}: what is stored, as CSV for scripts and spreadsheets. */
@Component
class ExportCommand {

    static final List<String> SCORE_COLUMNS = List.of("plan", "target", "indicator", "pillar", "status", "score",
            "progress_value", "current_period", "current_value", "target_year", "target_value", "source", "as_of",
            "base_year", "base_value", "verdict", "deciding_value", "forward_class", "pe", "required_rate", "perimeter");

    private final ObservationRepository observations;
    private final ScoreRepository scores;

    ExportCommand(ObservationRepository observations, ScoreRepository scores) {
        this.observations = observations;
        this.scores = scores;
    }

    ExitCode run(CommandDefinitions.Export options, PrintStream stdout) throws IOException {
        try (Writer writer = options.out == null ? null
                : Files.newBufferedWriter(options.out, StandardCharsets.UTF_8)) {
            Appendable target = writer == null ? stdout : writer;
            switch (options.what) {
                case observations -> exportObservations(target);
                case scores -> exportScores(target, options.plan, options.asOf);
            }
        }
        stdout.flush();
        return ExitCode.OK;
    }

    private void exportObservations(Appendable out) throws IOException {
        try (ObservationCsv csv = new ObservationCsv(out, List.of("file_sha256", "file_row", "imported_at"))) {
            observations.forEach(s -> csv.print(s.observation(), s.observation().fileSha256(),
                    s.observation().fileRow(), s.importedAt()));
        }
    }

    private void exportScores(Appendable out, String planId, LocalDate asOf) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord(SCORE_COLUMNS);
        scores.forEach(planId, asOf, rs -> {
            try {
                csv.printRecord(rs.getString("plan_id"), rs.getString("target_id"), rs.getString("indicator"),
                        rs.getString("pillar"), rs.getString("status"), number(rs.getObject("score")),
                        number(rs.getObject("progress_value")), rs.getString("current_period"),
                        number(rs.getObject("current_value")), rs.getInt("target_year"),
                        number(rs.getObject("target_value")), rs.getString("source"), rs.getDate("as_of"),
                        rs.getObject("base_year"), number(rs.getObject("base_value")), rs.getString("verdict"),
                        number(rs.getObject("deciding_value")), rs.getString("forward_class"),
                        number(rs.getObject("pe")), number(rs.getObject("required_rate")), rs.getString("perimeter"));
            } catch (IOException | SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        csv.flush();
    }

    private static String number(Object value) {
        return value == null ? "" : NumberText.plain(((Number) value).doubleValue());
    }
}
