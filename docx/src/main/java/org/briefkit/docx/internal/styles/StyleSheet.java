package org.briefkit.docx.internal.styles;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.briefkit.docx.internal.inlines.TextRuns;
import org.briefkit.docx.internal.packaging.Parts;
import org.briefkit.docx.internal.packaging.XmlTemplate;
import org.briefkit.model.Attr;
import org.briefkit.model.DocumentKind;
import org.briefkit.theme.Theme;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The document's styles part: {@code styles.xml} filled with the theme's values, and the
 * lookups that map a block's classes to a style ("a class names a style when one exists").
 *
 * <p>A class matches a style whose name or id is the same once case, spaces and punctuation are
 * ignored: {@code {.pull-quote}} finds "Pull Quote". The attribute {@code custom-style} (pandoc's
 * convention) names a style and creates it, based on Normal, when it does not exist, so a person
 * can give it a look in Word later.
 */
public final class StyleSheet {
    private static final XmlTemplate TEMPLATE = XmlTemplate.load("styles.xml");
    /** The attribute that names a style and creates it when missing, as in pandoc. */
    public static final String CUSTOM_STYLE = "custom-style";

    private final CTStyles styles;
    private final Map<String, CTStyle> byKey = new HashMap<>();

    private StyleSheet(CTStyles styles) {
        this.styles = styles;
        for (CTStyle style : styles.getStyleList()) {
            index(style);
        }
    }

    /**
     * Fills the style sheet from the theme and installs it as the document's styles part.
     *
     * @param doc      the document being written
     * @param theme    its theme
     * @param kind     its kind, whose parts' sizes the styles take ({@link org.briefkit.compose.PartSizes})
     * @param language its languages
     * @return the installed style sheet
     */
    public static StyleSheet install(XWPFDocument doc, Theme theme, DocumentKind kind, DocumentLanguage language) {
        String xml = TEMPLATE.fill(StyleValues.of(theme, kind, language.lang(), language.eastAsian()));
        CTStyles parsed;
        try {
            parsed = Parts.parse(xml, StylesDocument.Factory::parse).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("styles.xml does not parse once filled: " + e.getMessage(), e);
        }
        doc.createStyles().setStyles(parsed);
        return new StyleSheet(parsed);
    }

    /**
     * Numbers headings with Word's own numbering: Heading 1..{@code levels} take their number
     * from the list {@code numId}, level by level, so a heading a person adds in Word is numbered too.
     *
     * @param numId  the heading list
     * @param levels how many heading levels are numbered
     */
    public void numberHeadings(BigInteger numId, int levels) {
        for (int level = 1; level <= levels; level++) {
            CTStyle style = byKey.get(key(StyleIds.heading(level)));
            CTPPrGeneral ppr = style.isSetPPr() ? style.getPPr() : style.addNewPPr();
            CTNumPr numPr = ppr.isSetNumPr() ? ppr.getNumPr() : ppr.addNewNumPr();
            numPr.addNewIlvl().setVal(BigInteger.valueOf(level - 1L));
            numPr.addNewNumId().setVal(numId);
        }
    }

    /**
     * @param theme the theme
     * @param level 1..6, a TOC level
     * @return the width of its hanging number column, in points, when headings are numbered
     */
    public static double contentsNumberColumn(Theme theme, int level) {
        return StyleValues.contentsNumberColumn(theme, level);
    }

    /**
     * @param attr a block's attributes
     * @return the paragraph style its {@code custom-style} attribute or its classes name, if any
     */
    public Optional<String> paragraphStyle(Attr attr) {
        return styleFor(attr, STStyleType.PARAGRAPH, StyleIds.NORMAL);
    }

    /**
     * @param attr an inline's attributes
     * @return the character style its {@code custom-style} attribute or its classes name, if any
     */
    public Optional<String> characterStyle(Attr attr) {
        return styleFor(attr, STStyleType.CHARACTER, "DefaultParagraphFont");
    }

    private Optional<String> styleFor(Attr attr, STStyleType.Enum type, String basedOn) {
        String custom = attr.get(CUSTOM_STYLE).strip();
        if (!custom.isEmpty()) {
            CTStyle found = byKey.get(key(custom));
            if (found == null) {
                found = create(custom, type, basedOn);
            }
            return found.getType() == type ? Optional.of(found.getStyleId()) : Optional.empty();
        }
        for (String cls : attr.classes()) {
            CTStyle found = byKey.get(key(cls));
            if (found != null && found.getType() == type) {
                return Optional.of(found.getStyleId());
            }
        }
        return Optional.empty();
    }

    private CTStyle create(String name, STStyleType.Enum type, String basedOn) {
        StringBuilder id = new StringBuilder();
        name.codePoints().filter(Character::isLetterOrDigit).forEach(id::appendCodePoint);
        if (id.length() == 0 || !Character.isLetter(id.codePointAt(0))) {
            id.insert(0, "Custom");
        }
        String unique = id.toString();
        for (int n = 2; byKey.containsKey(key(unique)); n++) {
            unique = id + Integer.toString(n);
        }
        CTStyle style = styles.addNewStyle();
        style.setType(type);
        style.setCustomStyle(true);
        style.setStyleId(unique);
        style.addNewName().setVal(TextRuns.attribute(name, "custom-style"));
        style.addNewBasedOn().setVal(basedOn);
        style.addNewQFormat();
        index(style);
        return style;
    }

    private void index(CTStyle style) {
        byKey.putIfAbsent(key(style.getStyleId()), style);
        if (style.getName() != null) {
            byKey.putIfAbsent(key(style.getName().getVal()), style);
        }
    }

    private static String key(String nameOrId) {
        StringBuilder out = new StringBuilder(nameOrId.length());
        nameOrId.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
