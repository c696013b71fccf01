package org.planscore.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.planscore.scoring.EventDate;
import org.planscore.store.Observation;

/**
 * Observations as CSV, the shape shared by {@code validate --show} and {@code export observations}: the leading
 * columns {@code indicator,area,period,value,unit,vintage,source,note}, then the columns the caller adds.
 */
public final class ObservationCsv implements AutoCloseable {

    public static final List<String> LEADING = List.of("indicator", "area", "period", "value", "unit", "vintage",
            "source", "note", "published", "bound", "covers_to", "definition");

    private final CSVPrinter printer;

    public ObservationCsv(Appendable out, List<String> extraColumns) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT);
        List<String> header = new ArrayList<>(LEADING);
        header.addAll(extraColumns);
        printer.printRecord(header);
    }

    public void print(Observation o, Object... extra) {
        // An event's date is written back as the date it stands for, so the output imports again as it was.
        String eventDate = EventDate.UNIT.equalsIgnoreCase(o.unit()) ? EventDate.format(o.value()) : null;
        List<Object> row = new ArrayList<>(List.of(o.indicator(), o.area(), o.period(),
                eventDate != null ? eventDate : NumberText.plain(o.value()), o.unit(), o.vintage().code(), o.source()));
        row.add(o.note() == null ? "" : o.note());
        row.add(o.published() == null ? "" : o.published().toString());
        row.add(o.bound() == null ? "" : o.bound().code());
        row.add(o.coversTo() == null ? "" : o.coversTo().toString());
        row.add(o.definition() == null ? "" : o.definition());
        row.addAll(List.of(extra));
        try {
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
