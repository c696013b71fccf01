package org.planscore.cli.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The XLSX floor: POI's own streaming SAX reader (XSSFReader + XSSFSheetXMLHandler, shared strings read-only)
 * + {@link FloorInsert}. POI's zip-bomb guard stays on, as in the pipeline.
 */
final class XlsxFloor {

    private XlsxFloor() {
    }

    static long load(Path xlsx, FloorInsert insert) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Rows rows = new Rows(insert);
            XMLReader parser = newParser();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new DataFormatter(), false));
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
            if (rows.failure != null) {
                throw rows.failure;
            }
        }
        insert.finish();
        return insert.rows();
    }

    private static XMLReader newParser() throws ParserConfigurationException, org.xml.sax.SAXException {
        return XMLHelper.newXMLReader();
    }

    /** Collects the cells of a row, inserts it at the row's end; the first row is the header. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final FloorInsert insert;
        private final String[] cells = new String[TidyFiles.HEADER.length];
        private int row;
        private SQLException failure;

        Rows(FloorInsert insert) {
            this.insert = insert;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            Arrays.fill(cells, "");
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0 || failure != null) {
                return;
            }
            try {
                insert.add(cells[0], cells[1], cells[2], Double.parseDouble(cells[3]), cells[4], cells[5], cells[6],
                        cells[7], row + 1);
            } catch (SQLException e) {
                failure = e;
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(cellReference).getCol();
            if (column < cells.length) {
                cells[column] = formattedValue;
            }
        }
    }
}
