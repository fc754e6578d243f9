package org.briefkit.docx.internal.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefkit.docx.DocxFile;
import org.briefkit.docx.Samples;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

class FontTableTest {
    private static final String FONTS = "word/fontTable.xml";

    @Test
    void theThemesFontsAreDeclaredWithTheirKindAndScript() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        assertEquals(List.of("Times New Roman", "Arial", "Courier New", "Malgun Gothic"),
                f.strings(FONTS, "//w:font/@w:name"));
        assertEquals("81", f.string(FONTS, "//w:font[@w:name='Malgun Gothic']/w:charset/@w:val"), "Hangul");
        assertEquals("roman", f.string(FONTS, "//w:font[@w:name='Times New Roman']/w:family/@w:val"));
        assertEquals("fixed", f.string(FONTS, "//w:font[@w:name='Courier New']/w:pitch/@w:val"));
        assertEquals("fontTable.xml", f.string("word/_rels/document.xml.rels",
                "//rel:Relationship[contains(@Type,'/fontTable')]/@Target"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
                f.string("[Content_Types].xml", "//ct:Override[@PartName='/word/fontTable.xml']/@ContentType"));
    }

    @Test
    void withoutEastAsianTextTheFallbackHasNoScript() {
        DocxFile f = DocxFile.render(Samples.pressRelease(), Theme.letter());
        assertEquals("00", f.string(FONTS, "//w:font[@w:name='Malgun Gothic']/w:charset/@w:val"));
    }
}
