package org.briefkit.reliability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * Reads a rendered .docx back: reopened whole with POI, its parts unzipped, the text of the body
 * and of the notes taken in document order, and every XML part that has a schema validated
 * against the OOXML schema POI's XMLBeans classes hold. The text comparison is exact but for
 * white space (tabs and line feeds become Word tabs and breaks).
 */
final class DocxCheck {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxCheck() {
    }

    /** The parts of a rendered file. */
    record Read(Map<String, byte[]> parts, String body, String notes) {
    }

    /**
     * @param docx a rendered file
     * @return its parts and text
     * @throws AssertionError when POI cannot open it or a part is not well formed
     */
    static Read read(byte[] docx) {
        try (XWPFDocument poi = new XWPFDocument(new ByteArrayInputStream(docx))) {
            poi.getParagraphs();
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("POI cannot open the DOCX: " + e, e);
        }
        Map<String, byte[]> parts = unzip(docx);
        StringBuilder notes = new StringBuilder();
        for (String part : List.of("word/footnotes.xml", "word/endnotes.xml")) {
            if (parts.containsKey(part)) {
                notes.append(text(part, parts.get(part))).append(' ');
            }
        }
        return new Read(parts, text("word/document.xml", parts.get("word/document.xml")), notes.toString());
    }

    /** @param docx a rendered file; @return its zip entries, in order */
    static Map<String, byte[]> unzip(byte[] docx) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new AssertionError("the DOCX is not a readable zip: " + e, e);
        }
        return parts;
    }

    /** The visible text of a part: w:t content, tabs and breaks as spaces, a space after each paragraph. */
    static String text(String name, byte[] xml) {
        if (xml == null) {
            throw new AssertionError("no part " + name);
        }
        StringBuilder out = new StringBuilder();
        try {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
            boolean inText = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "t" -> inText = true;
                        case "tab", "br", "cr" -> out.append(' ');
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                    if (r.getLocalName().equals("t")) {
                        inText = false;
                    } else if (r.getLocalName().equals("p")) {
                        out.append(' ');
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    out.append(r.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw new AssertionError("part " + name + " is not well-formed XML: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** @return the normalization of the DOCX comparison: white space dropped, nothing else */
    static java.util.function.UnaryOperator<String> normalizer() {
        return s -> {
            StringBuilder out = new StringBuilder(s.length());
            s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                    .forEach(out::appendCodePoint);
            return out.toString();
        };
    }

    /**
     * @param read a rendered file's parts
     * @return one line per schema error; empty when every part with a schema is valid
     */
    static List<String> schemaErrors(Read read) {
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, byte[]> part : read.parts().entrySet()) {
            String name = part.getKey();
            XmlObject xml;
            try {
                xml = parse(name, part.getValue());
            } catch (Exception e) {
                errors.add(name + ": does not parse: " + e.getMessage());
                continue;
            }
            if (xml == null) {
                continue;
            }
            checked++;
            List<XmlError> found = new ArrayList<>();
            if (!xml.validate(new XmlOptions().setErrorListener(found))) {
                found.forEach(e -> errors.add(name + ": " + e.getMessage() + " at " + e.getCursorLocation().xmlText()));
                if (found.isEmpty()) {
                    errors.add(name + ": invalid");
                }
            }
        }
        if (checked < 5) {
            errors.add("only " + checked + " parts had a schema: " + read.parts().keySet());
        }
        return errors;
    }

    private static XmlObject parse(String name, byte[] data) throws Exception {
        var in = new ByteArrayInputStream(data);
        if (name.equals("word/document.xml")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument.Factory.parse(in);
        } else if (name.equals("word/styles.xml")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument.Factory.parse(in);
        } else if (name.equals("word/numbering.xml")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument.Factory.parse(in);
        } else if (name.equals("word/settings.xml")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument.Factory.parse(in);
        } else if (name.equals("word/footnotes.xml")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument.Factory.parse(in);
        } else if (name.equals("word/endnotes.xml")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.EndnotesDocument.Factory.parse(in);
        } else if (name.matches("word/header\\d+\\.xml")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument.Factory.parse(in);
        } else if (name.matches("word/footer\\d+\\.xml")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument.Factory.parse(in);
        } else if (name.equals("word/fontTable.xml")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument.Factory.parse(in);
        } else if (name.equals("docProps/app.xml")) {
            return org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument.Factory
                    .parse(in);
        } else if (name.equals("docProps/custom.xml")) {
            return org.openxmlformats.schemas.officeDocument.x2006.customProperties.PropertiesDocument.Factory.parse(in);
        } else if (name.endsWith(".rels")) {
            return org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument.Factory.parse(in);
        }
        return null;
    }
}
