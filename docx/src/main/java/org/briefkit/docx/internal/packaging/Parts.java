package org.briefkit.docx.internal.packaging;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/** Small helpers for the package's parts: parsing skeleton XML and relationships between parts. */
public final class Parts {
    /**
     * Skeleton parts already parsed, by their XML text. Parsing styles.xml took a third of a
     * press release's render; copying the parsed tree is some twenty times cheaper. A render
     * gets its own copy, since it adds to the part. A few themes and languages make a few
     * entries; should there be many, the cache starts again.
     */
    private static final Map<String, XmlObject> PARSED = new ConcurrentHashMap<>();
    private static final int MAX_PARSED = 16;

    /** Parses one kind of part, as the schema's {@code Factory.parse(String, XmlOptions)} does. */
    @FunctionalInterface
    public interface Parser<T extends XmlObject> {
        /** @return the parsed part */
        T parse(String xml, XmlOptions options) throws XmlException;
    }

    /**
     * @param xml    a skeleton part's XML
     * @param parser its schema type's parser
     * @return a fresh tree of the part, as {@code parser} gives it with {@link #parsing()}
     * @throws XmlException when the XML does not parse
     */
    @SuppressWarnings("unchecked")
    public static <T extends XmlObject> T parse(String xml, Parser<T> parser) throws XmlException {
        XmlObject parsed = PARSED.get(xml);
        if (parsed == null) {
            parsed = parser.parse(xml, parsing());
            if (PARSED.size() >= MAX_PARSED) {
                PARSED.clear();
            }
            XmlObject raced = PARSED.putIfAbsent(xml, parsed);
            if (raced != null) {
                parsed = raced;
            }
        }
        synchronized (parsed) {
            return (T) parsed.copy();
        }
    }

    /** @return how skeleton XML is read: comments and the indentation between elements dropped */
    public static XmlOptions parsing() {
        return new XmlOptions().setLoadStripComments().setLoadStripWhitespace();
    }

    /** The relationship type of an external hyperlink. */
    public static final String HYPERLINK =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

    private Parts() {
    }

    /**
     * @param part   the part whose XML holds the link (the document, a header, the notes)
     * @param target the URI
     * @return the id of a new external relationship to it
     */
    public static String externalLink(POIXMLDocumentPart part, String target) {
        PackagePart pkgPart = part.getPackagePart();
        PackageRelationship rel = pkgPart.addExternalRelationship(target, HYPERLINK);
        return rel.getId();
    }
}
