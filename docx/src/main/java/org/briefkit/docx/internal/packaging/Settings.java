package org.briefkit.docx.internal.packaging;

import java.math.BigInteger;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTEdnDocProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnDocProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STEdnPos;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;

/**
 * The document's settings part, from {@code settings.xml}: Word 2013+ compatibility (so Word
 * does not open it in Compatibility Mode), hyphenation as the theme says, the languages, and
 * what only some documents need: mirrored margins, updating fields on open (for the table of
 * contents), and the note separators and numbering.
 */
public final class Settings {
    private static final XmlTemplate TEMPLATE = XmlTemplate.load("settings.xml");

    private Settings() {
    }

    /** What the settings depend on. */
    public record Needs(boolean hyphenate, boolean mirrorMargins, boolean updateFields, boolean footnotes,
            boolean endnotes, String lang, String eastAsianLang) {
    }

    /**
     * @param doc   the document
     * @param needs what its settings depend on
     */
    public static void install(XWPFDocument doc, Needs needs) {
        String xml = TEMPLATE.fill(Map.of("autoHyphenation", needs.hyphenate() ? "1" : "0", "lang", needs.lang(),
                "lang.eastAsia", needs.eastAsianLang()));
        CTSettings settings;
        try {
            settings = Parts.parse(xml, SettingsDocument.Factory::parse).getSettings();
        } catch (XmlException e) {
            throw new IllegalStateException("settings.xml does not parse once filled: " + e.getMessage(), e);
        }
        if (needs.mirrorMargins()) {
            settings.addNewMirrorMargins();
        }
        if (needs.updateFields()) {
            settings.addNewUpdateFields().setVal(true);
        }
        if (needs.footnotes()) {
            CTFtnDocProps fn = settings.addNewFootnotePr();
            fn.addNewFootnote().setId(BigInteger.valueOf(-1));
            fn.addNewFootnote().setId(BigInteger.ZERO);
        }
        if (needs.endnotes()) {
            CTEdnDocProps en = settings.addNewEndnotePr();
            en.addNewPos().setVal(STEdnPos.SECT_END);
            en.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            en.addNewEndnote().setId(BigInteger.valueOf(-1));
            en.addNewEndnote().setId(BigInteger.ZERO);
        }
        doc.getSettings().getCTSettings().set(settings);
    }
}
