package org.planscore.ingest.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An .xlsx workbook's shared strings, in order, by local names (transitional and strict OOXML alike): each item's
 * text, its runs joined, without its phonetic guide ({@code <rPh>}), with {@code _xHHHH_} escapes read as the
 * characters they stand for, as Excel and POI read them. Held whole: {@link WorkbookParts} refuses a table over its
 * size limit before it is read.
 */
final class XlsxSharedStrings {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private XlsxSharedStrings() {
    }

    static List<String> read(InputStream part, XMLInputFactory factory) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader xml = factory.createXMLStreamReader(part);
        try {
            StringBuilder item = new StringBuilder();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                    item.setLength(0);
                    readText(xml, "si", item, Long.MAX_VALUE);
                    strings.add(unescaped(item.toString()));
                }
            }
        } finally {
            xml.close();
        }
        return strings;
    }

    /**
     * The text of the element the cursor has just entered (a table's {@code <si>}, a sheet's {@code <c>}), read up to
     * its end: its value ({@code <v>}) and its texts ({@code <t>}, runs joined), the phonetic guide ({@code <rPh>})
     * left out. Only the first {@code keep} characters go into {@code into}; the length returned counts them all.
     */
    static long readText(XMLStreamReader xml, String element, StringBuilder into, long keep)
            throws XMLStreamException {
        long length = 0;
        boolean kept = false;
        boolean phonetic = false;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                phonetic |= name.equals("rPh");
                kept = name.equals("v") || name.equals("t") && !phonetic;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals(element)) {
                    return length;
                }
                phonetic &= !name.equals("rPh");
                kept = false;
            } else if (kept && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                length += xml.getTextLength();
                if (length <= keep) {
                    into.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            }
        }
    }

    /** The text with each {@code _xHHHH_} (how OOXML writes a control character, such as a line break) decoded. */
    static String unescaped(String text) {
        if (!text.contains("_x")) {
            return text;
        }
        Matcher escape = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (escape.find()) {
            escape.appendReplacement(out, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        escape.appendTail(out);
        return out.toString();
    }
}
