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

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.planscore.i18n.Bilingual;
import org.planscore.ingest.FileRejectedException;
import org.planscore.ingest.ImportLimits;

/**
 * An .xlsx workbook, transitional or strict OOXML, read sheet by sheet in the workbook's order by a StAX cursor over
 * each sheet's XML: one row in memory at a time, nothing of a sheet kept once read. The shared strings are held whole
 * ({@link XlsxSharedStrings}), of the styles only which show dates. Parts are found through the workbook's
 * relationships by their kind, whichever namespace names it. POI opens the package, with its zip guards set from the
 * same limits; the XML factory reads no DTD and no external entity.
 */
final class XlsxGrid implements Grid {

    private final OPCPackage workbook;
    private final PackagePart workbookPart;
    private final Iterator<SheetRef> sheets;
    private final XlsxSheetRows.Book book;
    private final XMLInputFactory factory;
    private final String displayName;
    private XMLStreamReader current;
    private InputStream currentStream;

    private XlsxGrid(OPCPackage workbook, PackagePart workbookPart, List<SheetRef> sheets, XlsxSheetRows.Book book,
                     XMLInputFactory factory, String displayName) {
        this.workbook = workbook;
        this.workbookPart = workbookPart;
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
            PackagePart workbookPart = workbookPart(workbook);
            List<SheetRef> sheets = new ArrayList<>();
            boolean date1904;
            try (InputStream in = workbookPart.getInputStream()) {
                date1904 = readWorkbook(factory.createXMLStreamReader(in), sheets);
            }
            // a workbook without shared strings has only numbers and inline strings; without styles, no dates
            List<String> strings = read(related(workbookPart, "sharedStrings"), factory, XlsxSharedStrings::read,
                    List.of());
            XlsxDateStyles dates = read(related(workbookPart, "styles"), factory, XlsxDateStyles::read,
                    XlsxDateStyles.NONE);
            XlsxSheetRows.Book book = new XlsxSheetRows.Book(strings, dates, date1904, displayName, limits);
            return new XlsxGrid(workbook, workbookPart, sheets, book, factory, displayName);
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            workbook.revert();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** The workbook part the package points to, as transitional or as strict OOXML names the relationship. */
    private static PackagePart workbookPart(OPCPackage workbook) throws InvalidFormatException {
        PackageRelationshipCollection core = workbook.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.isEmpty()) {
            core = workbook.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (core.isEmpty()) {
            throw new InvalidFormatException("no workbook part");
        }
        PackagePart part = workbook.getPart(core.getRelationship(0));
        if (part == null) {
            throw new InvalidFormatException("no workbook part at " + core.getRelationship(0).getTargetURI());
        }
        return part;
    }

    /**
     * The part the workbook relates to by a relationship of this kind ({@code styles}, {@code sharedStrings}),
     * whichever namespace (transitional or strict) names it; null when there is none.
     */
    private static PackagePart related(PackagePart workbookPart, String kind) throws InvalidFormatException {
        for (PackageRelationship relationship : workbookPart.getRelationships()) {
            if (relationship.getRelationshipType().endsWith("/" + kind)
                    && relationship.getTargetMode() == TargetMode.INTERNAL) {
                return workbookPart.getRelatedPart(relationship);
            }
        }
        return null;
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

    /** What {@code reader} makes of a part, or {@code none} when the workbook has no such part. */
    private static <T> T read(PackagePart part, XMLInputFactory factory, PartReader<T> reader, T none)
            throws IOException, XMLStreamException {
        if (part == null) {
            return none;
        }
        try (InputStream in = part.getInputStream()) {
            return reader.read(in, factory);
        }
    }

    @FunctionalInterface
    private interface PartReader<T> {
        T read(InputStream part, XMLInputFactory factory) throws XMLStreamException;
    }

    @Override
    public SheetRows nextSheet() throws IOException {
        closeSheet();
        if (!sheets.hasNext()) {
            return null;
        }
        SheetRef sheet = sheets.next();
        try {
            currentStream = workbookPart.getRelatedPart(workbookPart.getRelationship(sheet.relationId()))
                    .getInputStream();
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
