package org.briefkit.docx.internal.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.briefkit.RenderException;
import org.briefkit.theme.Fonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFont;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFontsList;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFontFamily;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPitch;

/**
 * The font table ({@code word/fontTable.xml}): the theme's fonts by their Word names, each with
 * its kind (serif, sans, monospace) and character set. When a reader's machine lacks a font,
 * Word substitutes one of the same kind and script: the East Asian fallback is declared with the
 * character set of the document's East Asian language (Hangul for ko-KR), so Word on a machine
 * without Malgun Gothic still picks a Korean font. POI has no class for this part; it is written
 * straight into the package.
 */
public final class FontTable {
    private static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";

    private FontTable() {
    }

    /**
     * @param doc           the document
     * @param fonts         the theme's fonts
     * @param eastAsianLang the document's East Asian language
     */
    public static void install(XWPFDocument doc, Fonts fonts, String eastAsianLang) {
        Map<String, FontSpec> wanted = new LinkedHashMap<>();
        wanted.putIfAbsent(fonts.body().name(), new FontSpec(STFontFamily.ROMAN, STPitch.VARIABLE, "00"));
        wanted.putIfAbsent(fonts.heading().name(), new FontSpec(STFontFamily.SWISS, STPitch.VARIABLE, "00"));
        wanted.putIfAbsent(fonts.mono().name(), new FontSpec(STFontFamily.MODERN, STPitch.FIXED, "00"));
        if (!fonts.fallbacks().isEmpty()) {
            wanted.putIfAbsent(fonts.fallbacks().get(0).name(),
                    new FontSpec(STFontFamily.SWISS, STPitch.VARIABLE, charset(eastAsianLang)));
        }
        FontsDocument xml = FontsDocument.Factory.newInstance();
        CTFontsList table = xml.addNewFonts();
        wanted.forEach((name, spec) -> {
            CTFont font = table.addNewFont();
            font.setName(name);
            font.addNewCharset().setVal(new byte[] {(byte) Integer.parseInt(spec.charset(), 16)});
            font.addNewFamily().setVal(spec.family());
            font.addNewPitch().setVal(spec.pitch());
        });
        try {
            OPCPackage pkg = doc.getPackage();
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = pkg.createPart(name, CONTENT_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                xml.save(out, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException | IOException e) {
            throw new RenderException("docx: the font table cannot be written: " + e.getMessage(), e);
        }
    }

    /** The Windows character set Word keys substitution on: Hangul, Shift-JIS, GB2312, Big5. */
    private static String charset(String lang) {
        if (lang.startsWith("ko")) {
            return "81";
        } else if (lang.startsWith("ja")) {
            return "80";
        } else if (lang.equals("zh-TW") || lang.equals("zh-HK") || lang.startsWith("zh-Hant")) {
            return "88";
        } else if (lang.startsWith("zh")) {
            return "86";
        }
        return "00";
    }

    private record FontSpec(STFontFamily.Enum family, STPitch.Enum pitch, String charset) {
    }
}
