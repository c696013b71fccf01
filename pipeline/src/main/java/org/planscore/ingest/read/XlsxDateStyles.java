package org.planscore.ingest.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell styles of an .xlsx workbook show their number as a date: each cell format's number format, built in or
 * the workbook's own, judged as Excel does ({@link DateUtil#isADateFormat}). Read from the styles part alone; fonts,
 * fills and borders are passed over.
 */
final class XlsxDateStyles {

    static final XlsxDateStyles NONE = new XlsxDateStyles(List.of(), Map.of());

    private final List<Integer> formatOfStyle;
    private final Map<Integer, String> ownFormats;
    private final Map<Integer, Boolean> judged = new HashMap<>();

    private XlsxDateStyles(List<Integer> formatOfStyle, Map<Integer, String> ownFormats) {
        this.formatOfStyle = formatOfStyle;
        this.ownFormats = ownFormats;
    }

    static XlsxDateStyles read(InputStream styles, XMLInputFactory factory) throws XMLStreamException {
        List<Integer> formatOfStyle = new ArrayList<>();
        Map<Integer, String> ownFormats = new HashMap<>();
        XMLStreamReader xml = factory.createXMLStreamReader(styles);
        try {
            boolean inCellFormats = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "numFmt" -> {
                            int id = number(xml.getAttributeValue(null, "numFmtId"), Integer.MIN_VALUE);
                            if (id != Integer.MIN_VALUE) {
                                ownFormats.put(id, xml.getAttributeValue(null, "formatCode"));
                            }
                        }
                        case "cellXfs" -> inCellFormats = true;
                        case "xf" -> {
                            if (inCellFormats) {
                                formatOfStyle.add(number(xml.getAttributeValue(null, "numFmtId"), 0));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    inCellFormats = false;
                }
            }
        } finally {
            xml.close();
        }
        return new XlsxDateStyles(formatOfStyle, ownFormats);
    }

    /** Whether a number in a cell of this style (its {@code s} attribute; 0 when it has none) is shown as a date. */
    boolean isDate(int style) {
        int format = style >= 0 && style < formatOfStyle.size() ? formatOfStyle.get(style) : 0;
        return judged.computeIfAbsent(format, id -> DateUtil.isADateFormat(id,
                ownFormats.containsKey(id) ? ownFormats.get(id) : BuiltinFormats.getBuiltinFormat(id)));
    }

    /** An attribute's whole number ({@code numFmtId}, a cell's style, a row's number), or {@code otherwise}. */
    static int number(String text, int otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
