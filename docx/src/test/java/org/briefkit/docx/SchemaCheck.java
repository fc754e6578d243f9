package org.briefkit.docx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.EndnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument;

/**
 * Validates every XML part of a .docx against the OOXML schema (as POI's XMLBeans classes hold
 * it) and lists every error with its part. Parts it has no schema for (core properties, content
 * types) are only checked for being well-formed by the other tests.
 */
public final class SchemaCheck {
    private SchemaCheck() {
    }

    /** @param file a rendered file; @return one line per schema error, empty when all parts are valid */
    public static List<String> errors(DocxFile file) {
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (String name : file.names()) {
            XmlObject xml = parse(name, file.entry(name), errors);
            if (xml == null) {
                continue;
            }
            checked++;
            List<XmlError> found = new ArrayList<>();
            if (!xml.validate(new XmlOptions().setErrorListener(found))) {
                found.forEach(e -> errors.add(name + ": " + e.getMessage() + " at " + e.getCursorLocation()));
                if (found.isEmpty()) {
                    errors.add(name + ": invalid");
                }
            }
        }
        if (checked < 5) {
            errors.add("only " + checked + " parts had a schema: " + file.names());
        }
        return errors;
    }

    private static XmlObject parse(String name, byte[] data, List<String> errors) {
        try {
            var in = new ByteArrayInputStream(data);
            if (name.equals("word/document.xml")) {
                return DocumentDocument.Factory.parse(in);
            } else if (name.equals("word/styles.xml")) {
                return StylesDocument.Factory.parse(in);
            } else if (name.equals("word/numbering.xml")) {
                return NumberingDocument.Factory.parse(in);
            } else if (name.equals("word/settings.xml")) {
                return SettingsDocument.Factory.parse(in);
            } else if (name.equals("word/footnotes.xml")) {
                return FootnotesDocument.Factory.parse(in);
            } else if (name.equals("word/endnotes.xml")) {
                return EndnotesDocument.Factory.parse(in);
            } else if (name.matches("word/header\\d+\\.xml")) {
                return HdrDocument.Factory.parse(in);
            } else if (name.matches("word/footer\\d+\\.xml")) {
                return FtrDocument.Factory.parse(in);
            } else if (name.equals("word/fontTable.xml")) {
                return org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument.Factory.parse(in);
            } else if (name.equals("docProps/app.xml")) {
                return org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument.Factory
                        .parse(in);
            } else if (name.equals("docProps/custom.xml")) {
                return org.openxmlformats.schemas.officeDocument.x2006.customProperties.PropertiesDocument.Factory
                        .parse(in);
            } else if (name.endsWith(".rels")) {
                return RelationshipsDocument.Factory.parse(in);
            }
            return null;
        } catch (Exception e) {
            errors.add(name + ": does not parse: " + e.getMessage());
            return null;
        }
    }
}
