package org.briefkit.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeTest {
    @Test
    void letterAndA4PresetsHaveTheirPagesAndMargins() {
        Theme letter = Theme.letter();
        assertEquals(612, letter.pageSize().width());
        assertEquals(792, letter.pageSize().height());
        assertEquals(468, letter.textWidth(), 1e-9);
        Theme a4 = Theme.a4();
        assertEquals(595.28, a4.pageSize().width(), 0.01);
        assertEquals(841.89, a4.pageSize().height(), 0.01);
        assertEquals(Units.mm(160), a4.textWidth(), 1e-9);
    }

    @Test
    void shipsEveryFontItsDefaultThemeUses() {
        Fonts fonts = Theme.letter().fonts();
        for (FontFamily family : List.of(fonts.body(), fonts.heading(), fonts.mono())) {
            for (FontStyle style : FontStyle.values()) {
                byte[] bytes = family.file(style).readAllBytes();
                assertTrue(bytes.length > 100_000, family.name() + " " + style);
                assertEquals(0x00010000, (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3],
                        "a TrueType file");
            }
        }
        assertEquals("Times New Roman", fonts.body().name());
        assertEquals("Arial", fonts.heading().name());
    }

    @Test
    void mirroredMarginsSwapSidesOnEvenPagesAndAddTheGutterInside() {
        Margins m = new Margins(72, 72, 54, 72, 18, true);
        assertEquals(72, m.left(1));
        assertEquals(72, m.right(1));
        assertEquals(72, m.left(2));
        assertEquals(72, m.right(2));
        Margins wideInside = new Margins(72, 72, 90, 54, 18, true);
        assertEquals(108, wideInside.left(1));
        assertEquals(54, wideInside.right(1));
        assertEquals(54, wideInside.left(2));
        assertEquals(108, wideInside.right(2));
        Margins plain = new Margins(72, 72, 90, 54, 18, false);
        assertEquals(108, plain.left(2));
    }

    @Test
    void toBuilderChangesOneValueAndKeepsTheRest() {
        Theme theme = Theme.a4().toBuilder().justify(false).notes(NotePlacement.ENDNOTES).build();
        assertEquals(false, theme.justify());
        assertEquals(NotePlacement.ENDNOTES, theme.notes());
        assertEquals(Theme.a4().pageSize(), theme.pageSize());
        assertEquals(Theme.a4().margins(), theme.margins());
    }

    @Test
    void namesTheSettingAtFault() {
        assertTrue(assertThrows(ThemeException.class, () -> Theme.letter().toBuilder().widowLines(0).build())
                .getMessage().startsWith("theme.widowLines: 0 is outside 1..5"));
        assertTrue(assertThrows(ThemeException.class,
                () -> Theme.letter().toBuilder().margins(Margins.uniform(300)).build())
                .getMessage().startsWith("theme.margins: leave a text block"));
        assertTrue(assertThrows(ThemeException.class, () -> new PageSize(10, 792)).getMessage()
                .startsWith("theme.pageSize.width"));
        assertTrue(assertThrows(ThemeException.class, () -> Theme.letter().toBuilder().fonts(null).build())
                .getMessage().startsWith("theme.fonts: is missing"));
    }

    private static TypeScale withBody(double body) {
        TypeScale d = TypeScale.DEFAULT;
        return new TypeScale(body, d.lineHeight(), d.headings(), d.title(), d.subtitle(), d.note(), d.caption(),
                d.code(), d.pullQuote(), d.running(), d.paragraphGap());
    }

    @Test
    void refusesTypeTooLargeForTheTextBlockNamingTheSetting() {
        // issue 12: a 144 pt page with a 96 pt body was accepted, and the PDF lost its title, body, table and note
        Theme.Builder small = Theme.letter().toBuilder().pageSize(new PageSize(144, 144)).margins(Margins.uniform(18))
                .header(RunningText.NONE).footer(RunningText.NONE);
        ThemeException e = assertThrows(ThemeException.class, () -> small.type(withBody(96)).build());
        assertTrue(e.getMessage().startsWith("theme.type.body: 96 pt (124.8 pt a line) is too large for a text block "
                + "of 108 x 108 pt"), e.getMessage());
        TypeScale d = TypeScale.DEFAULT;
        TypeScale bigTitle = new TypeScale(9, 1.2, List.of(12.0, 11.0, 10.0, 9.0, 9.0, 9.0), 60, 12, 8, 8, 8, 12, 8, 4);
        assertTrue(assertThrows(ThemeException.class, () -> small.type(bigTitle).build()).getMessage()
                .startsWith("theme.type.title: 60 pt is too large"));
        TypeScale bigHeading = new TypeScale(9, 1.2, List.of(12.0, 60.0, 10.0, 9.0, 9.0, 9.0), 20, 12, 8, 8, 8, 12, 8,
                4);
        assertTrue(assertThrows(ThemeException.class, () -> small.type(bigHeading).build()).getMessage()
                .startsWith("theme.type.headings[1]: 60 pt"));
        assertEquals(9, small.type(new TypeScale(9, 1.2, List.of(12.0, 11.0, 10.0, 9.0, 9.0, 9.0), 20, 12, 8, 8, 8,
                12, 8, 4)).build().type().body(), "small type on the small page is fine");
    }

    @Test
    void refusesRunningHeadsThatTheirMarginCannotHold() {
        // the running header sits in the middle of the top margin: 12 pt cannot hold 8.5 pt text on the page
        Theme.Builder tight = Theme.letter().toBuilder().margins(new Margins(12, 72, 72, 72, 0, false));
        assertTrue(assertThrows(ThemeException.class, tight::build).getMessage()
                .startsWith("theme.margins.top: 12 pt cannot hold the running header in 8.5 pt type"));
        assertEquals(12, tight.header(RunningText.NONE).build().margins().top(), "no header, no need");
        Theme.Builder low = Theme.letter().toBuilder().margins(new Margins(72, 10, 72, 72, 0, false));
        assertTrue(assertThrows(ThemeException.class, low::build).getMessage()
                .startsWith("theme.margins.bottom: 10 pt cannot hold the running footer"));
    }

    @Test
    void parsesAndWritesHexColours() {
        Rgb accent = Rgb.hex("#1f4e79");
        assertEquals(new Rgb(0x1F, 0x4E, 0x79), accent);
        assertEquals("1F4E79", accent.toHex());
        assertThrows(ThemeException.class, () -> Rgb.hex("blue"));
    }

    @Test
    void defaultColoursReadInGrayscale() {
        Palette p = Palette.DEFAULT;
        assertTrue(p.text().luminance() < 0.2, "body text is near black");
        assertTrue(p.accent().luminance() < 0.4, "the accent is dark enough to print in gray");
        assertTrue(p.calloutFill().luminance() > 0.85, "fills stay pale behind text");
    }

    @Test
    void bestFaceFallsBackWhenAFamilyLacksOne() {
        FontFile regular = FontFile.classpath("liberation/LiberationSans-Regular.ttf");
        FontFile bold = FontFile.classpath("liberation/LiberationSans-Bold.ttf");
        FontFamily family = new FontFamily("Two faces",
                java.util.Map.of(FontStyle.REGULAR, regular, FontStyle.BOLD, bold));
        assertEquals(bold, family.file(FontStyle.BOLD_ITALIC));
        assertEquals(regular, family.file(FontStyle.ITALIC));
        assertEquals(null, FontFamily.installed("Malgun Gothic").file(FontStyle.REGULAR));
    }
}
