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
            boolean text = false;
            boolean phonetic = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    phonetic |= element.equals("rPh");
                    text = element.equals("t") && !phonetic;
                    if (element.equals("si")) {
                        item.setLength(0);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = xml.getLocalName();
                    phonetic &= !element.equals("rPh");
                    text = false;
                    if (element.equals("si")) {
                        strings.add(unescaped(item.toString()));
                    }
                } else if (text && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    item.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            }
        } finally {
            xml.close();
        }
        return strings;
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
