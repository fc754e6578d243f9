package org.briefkit.docx.internal.packaging;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.xmlbeans.XmlOptions;

/** Small helpers for the package's parts: parsing skeleton XML and relationships between parts. */
public final class Parts {
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
