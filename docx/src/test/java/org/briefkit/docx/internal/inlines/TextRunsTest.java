package org.briefkit.docx.internal.inlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.briefkit.RenderException;
import org.briefkit.docx.DocxRenderer;
import org.briefkit.docx.Samples;
import org.briefkit.theme.RunningText;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

class TextRunsTest {
    @Test
    void tabsAndLineEndsBecomeWordsTabsAndBreaks() {
        CTR run = CTR.Factory.newInstance();
        TextRuns.append(run, "a\tb\nc\r\nd\re  ", "test");
        assertEquals(5, run.sizeOfTArray());
        assertEquals(1, run.sizeOfTabArray());
        assertEquals(3, run.sizeOfBrArray());
        assertEquals("e  ", run.getTArray(4).getStringValue());
        assertTrue(run.xmlText().contains("xml:space=\"preserve\""));
    }

    @Test
    void controlCharactersAreRefusedNamingWhereAndWhat() {
        CTR run = CTR.Factory.newInstance();
        RenderException e = assertThrows(RenderException.class, () -> TextRuns.append(run, "bell\u0007", "theme.header.left"));
        assertTrue(e.getMessage().contains("U+0007"), e.getMessage());
        assertTrue(e.getMessage().contains("offset 4"), e.getMessage());
        assertTrue(e.getMessage().contains("theme.header.left"), e.getMessage());
        assertThrows(RenderException.class, () -> TextRuns.append(run, "\uFFFE", "x"));
        assertThrows(RenderException.class, () -> TextRuns.append(run, "\u0085", "x"));
        assertThrows(RenderException.class, () -> TextRuns.append(run, "half \uD83D pair", "x"));
        TextRuns.append(run, "pair \uD83D\uDE00 ok", "x");
    }

    @Test
    void attributesGetSpacesForTabsAndBreaks() {
        assertEquals("a b c", TextRuns.attribute("a\tb\nc", "alt"));
        assertThrows(RenderException.class, () -> TextRuns.attribute("a\u0001", "alt"));
    }

    @Test
    void aThemeTemplateWithAControlCharacterFailsTheRenderInsteadOfWritingAQuestionMark() {
        Theme theme = Theme.letter().toBuilder().header(new RunningText("{title}\u0007", "", "")).build();
        RenderException e = assertThrows(RenderException.class,
                () -> DocxRenderer.create().render(Samples.brief(), theme, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("theme.header.left"), e.getMessage());
    }
}
