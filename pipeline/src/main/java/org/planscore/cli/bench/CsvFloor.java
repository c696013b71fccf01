package org.planscore.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The CSV floor: Commons CSV parse of the tidy file + {@link FloorInsert}. */
final class CsvFloor {

    private CsvFloor() {
    }

    static long load(Path csv, FloorInsert insert) throws IOException, SQLException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord r : parser) {
                insert.add(r.get(0), r.get(1), r.get(2), Double.parseDouble(r.get(3)), r.get(4), r.get(5), r.get(6),
                        r.get(7), (int) r.getRecordNumber() + 1);
            }
        }
        insert.finish();
        return insert.rows();
    }
}
