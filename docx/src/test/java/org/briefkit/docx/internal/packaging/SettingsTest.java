package org.briefkit.docx.internal.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.briefkit.docx.DocxFile;
import org.briefkit.docx.Samples;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private static final String SETTINGS = "word/settings.xml";

    @Test
    void wordOpensItAsAModernDocument() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        assertEquals("15", f.string(SETTINGS, "//w:compat/w:compatSetting[@w:name='compatibilityMode']/@w:val"));
        assertEquals(1, f.count(SETTINGS, "//w:compat/w:doNotExpandShiftReturn"));
        assertEquals("en-US", f.string(SETTINGS, "//w:themeFontLang/@w:val"));
        assertEquals("ko-KR", f.string(SETTINGS, "//w:themeFontLang/@w:eastAsia"));
    }

    @Test
    void hyphenationFollowsTheTheme() {
        DocxFile on = DocxFile.render(Samples.brief(), Theme.letter());
        DocxFile off = DocxFile.render(Samples.brief(), Theme.letter().toBuilder().hyphenate(false).build());
        assertEquals("1", on.string(SETTINGS, "//w:autoHyphenation/@w:val").replace("true", "1"));
        assertEquals("0", off.string(SETTINGS, "//w:autoHyphenation/@w:val").replace("false", "0"));
    }

    @Test
    void widowControlFollowsTheTheme() {
        String normal = "//w:style[@w:styleId='Normal']/w:pPr/w:widowControl/@w:val";
        assertEquals("1", DocxFile.render(Samples.brief(), Theme.letter()).string("word/styles.xml", normal));
        Theme allow = Theme.letter().toBuilder().widowLines(1).orphanLines(1).build();
        assertEquals("0", DocxFile.render(Samples.brief(), allow).string("word/styles.xml", normal));
    }
}
