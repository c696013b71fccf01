package org.planscore.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.planscore.ingest.map.ImportItem;
import org.planscore.ingest.map.RowProblem;
import org.planscore.ingest.profile.Profiles;
import org.planscore.store.Observation;

/** Reads a file the way the import does (tidy format or packaged source profiles) and keeps what it gave. */
record Ingested(List<Observation> observations, List<SourceLocation> locations, List<RowProblem> problems,
                List<String> tables) {

    static {
        // As the application does once at start-up.
        ImportLimits.DEFAULTS.applyToPoi();
    }

    static Ingested read(Path file) {
        return read(file, Profiles.packaged());
    }

    static Ingested read(Path file, Profiles profiles) {
        List<Observation> observations = new ArrayList<>();
        List<SourceLocation> locations = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        try (FileTables tables = new FileTables(file, file.getFileName().toString(), "0".repeat(64), profiles,
                ImportLimits.DEFAULTS)) {
            for (SourceRow row = tables.next(); row != null; row = tables.next()) {
                ImportItem item = StoredWidths.check(row.mapper().map(row.raw()));
                if (item != null) {
                    observations.addAll(item.observations());
                    locations.addAll(item.locations());
                    problems.addAll(item.problems());
                }
            }
            return new Ingested(observations, locations, problems, tables.tables());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String name) {
        try {
            return Path.of(Ingested.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Observation> find(String indicator, String area, String period) {
        return observations.stream().filter(o -> o.indicator().equals(indicator) && o.area().equals(area)
                && o.period().equals(period)).toList();
    }

    /** What each figure says, without where it was found (citation, cell, row): to compare two copies of a file. */
    List<String> figuresWithoutPlace() {
        return observations.stream().map(o -> String.join("|", o.indicator(), o.area(), o.period(),
                Double.toString(o.value()), o.unit(), String.valueOf(o.vintage()), String.valueOf(o.bound()),
                String.valueOf(o.coversTo()), String.valueOf(o.definition()), String.valueOf(o.coverage()),
                String.valueOf(o.measure()))).toList();
    }

    SourceLocation locationOf(Observation o) {
        return locations.get(observations.indexOf(o));
    }
}
