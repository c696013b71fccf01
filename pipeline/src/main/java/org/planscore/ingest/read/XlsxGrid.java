package org.planscore.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.planscore.i18n.Bilingual;
import org.planscore.ingest.FileRejectedException;
import org.planscore.ingest.ImportLimits;
import org.xml.sax.SAXException;

/**
 * An .xlsx workbook read sheet by sheet, in the workbook's order, by a StAX cursor over each sheet's XML: one row in
 * memory at a time, nothing of a sheet kept once read. The shared strings are held whole (their part's size is
 * checked first, {@link WorkbookParts}) and the styles only for which of them show dates. POI opens the package, with
 * its zip guards set from the same limits; the XML factory reads no DTD and no external entity.
 */
final class XlsxGrid implements Grid {

    private final OPCPackage workbook;
    private final XSSFReader parts;
    private final Iterator<SheetRef> sheets;
    private final XlsxSheetRows.Book book;
    private final XMLInputFactory factory;
    private final String displayName;
    private XMLStreamReader current;
    private InputStream currentStream;

    private XlsxGrid(OPCPackage workbook, XSSFReader parts, List<SheetRef> sheets, XlsxSheetRows.Book book,
                     XMLInputFactory factory, String displayName) {
        this.workbook = workbook;
        this.parts = parts;
        this.sheets = sheets.iterator();
        this.book = book;
        this.factory = factory;
        this.displayName = displayName;
    }

    static XlsxGrid open(Path file, String displayName, ImportLimits limits) throws IOException {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            XMLInputFactory factory = XMLHelper.newXMLInputFactory();
            XSSFReader parts = new XSSFReader(workbook, true);
            List<SheetRef> sheets = new ArrayList<>();
            boolean date1904;
            try (InputStream in = parts.getWorkbookData()) {
                date1904 = readWorkbook(factory.createXMLStreamReader(in), sheets);
            }
            SharedStrings strings = new ReadOnlySharedStringsTable(workbook, false);
            XlsxSheetRows.Book book = new XlsxSheetRows.Book(strings, dateStyles(parts, factory), date1904,
                    displayName, limits);
            return new XlsxGrid(workbook, parts, sheets, book, factory, displayName);
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            workbook.revert();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** The workbook's sheets in order (name and relationship id), and whether its dates count from 1904. */
    private static boolean readWorkbook(XMLStreamReader xml, List<SheetRef> sheets) throws XMLStreamException {
        boolean date1904 = false;
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "workbookPr" -> {
                        String value = xml.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(value) || "true".equals(value);
                    }
                    case "sheet" -> sheets.add(new SheetRef(xml.getAttributeValue(null, "name"), relationId(xml)));
                    default -> {
                    }
                }
            }
        } finally {
            xml.close();
        }
        return date1904;
    }

    /** The {@code r:id} attribute, whichever namespace (transitional or strict) the relationships prefix stands for. */
    private static String relationId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if (xml.getAttributeLocalName(i).equals("id") && namespace != null && !namespace.isEmpty()) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** A workbook without a styles part (or whose styles cannot be found) shows no number as a date. */
    private static XlsxDateStyles dateStyles(XSSFReader parts, XMLInputFactory factory) throws IOException,
            XMLStreamException {
        InputStream in;
        try {
            in = parts.getStylesData();
        } catch (OpenXML4JException | RuntimeException e) {
            return XlsxDateStyles.NONE;
        }
        if (in == null) {
            return XlsxDateStyles.NONE;
        }
        try (in) {
            return XlsxDateStyles.read(in, factory);
        }
    }

    @Override
    public SheetRows nextSheet() throws IOException {
        closeSheet();
        if (!sheets.hasNext()) {
            return null;
        }
        SheetRef sheet = sheets.next();
        try {
            currentStream = parts.getSheet(sheet.relationId());
            current = factory.createXMLStreamReader(currentStream);
        } catch (OpenXML4JException | XMLStreamException | RuntimeException e) {
            throw unreadable(sheet.name(), e);
        }
        return new XlsxSheetRows(book, sheet.name(), current);
    }

    private FileRejectedException unreadable(String sheet, Exception e) {
        return new FileRejectedException(Bilingual.of("file.unreadable", displayName,
                "'" + sheet + "': " + e.getMessage()), e);
    }

    @Override
    public boolean isText() {
        return false;
    }

    private void closeSheet() throws IOException {
        try {
            if (current != null) {
                current.close();
            }
        } catch (XMLStreamException e) {
            // the stream below is closed anyway
        } finally {
            current = null;
            if (currentStream != null) {
                currentStream.close();
                currentStream = null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeSheet();
        } finally {
            workbook.revert();   // opened to read: nothing is written back
        }
    }

    private record SheetRef(String name, String relationId) {
    }
}
