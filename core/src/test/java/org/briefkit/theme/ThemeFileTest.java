package org.briefkit.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefkit.model.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeFileTest {
    @TempDir
    Path dir;

    @Test
    void readsSettingsOverAPreset() throws IOException {
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        Files.write(fonts.resolve("Body.ttf"), new byte[] {0, 1, 0, 0});
        Theme theme = ThemeFile.read(write("""
                base: a4
                margins: {top: 20mm, inner: 1in, gutter: 12pt, mirrored: true}
                fonts:
                  body: {name: Georgia, regular: fonts/Body.ttf}
                  fallbacks: [Noto Sans CJK KR]
                type: {body: 10.5, line_height: 1.35}
                colors: {accent: "#7A1F2B"}
                footer: {left: "{organization}", right: "{page} / {pages}"}
                notes: endnotes
                dateline_style: ap
                number_headings: true
                """));
        assertEquals(PageSize.A4, theme.pageSize());
        assertEquals(Units.mm(20), theme.margins().top(), 1e-9);
        assertEquals(72, theme.margins().inner());
        assertEquals(12, theme.margins().gutter());
        assertTrue(theme.margins().mirrored());
        assertEquals(Theme.a4().margins().bottom(), theme.margins().bottom());
        assertEquals("Georgia", theme.fonts().body().name());
        assertTrue(theme.fonts().body().file(FontStyle.BOLD).path().endsWith("Body.ttf"));
        assertEquals("Noto Sans CJK KR", theme.fonts().fallbacks().get(0).name());
        assertEquals(10.5, theme.type().body());
        assertEquals(Rgb.hex("7A1F2B"), theme.palette().accent());
        assertEquals("{page} / {pages}", theme.footer().right());
        assertEquals(NotePlacement.ENDNOTES, theme.notes());
        assertEquals(DatelineStyle.AP, theme.datelineStyle());
        assertEquals(HeadingNumbering.ALL, theme.headingNumbering(), "true is all");
    }

    @Test
    void headingNumberingIsNoneAllOrReports() throws IOException {
        assertEquals(HeadingNumbering.REPORTS, ThemeFile.read(write("base: letter\n")).headingNumbering());
        assertEquals(HeadingNumbering.NONE, ThemeFile.read(write("number_headings: none\n")).headingNumbering());
        assertEquals(HeadingNumbering.ALL, ThemeFile.read(write("number_headings: all\n")).headingNumbering());
        assertEquals(HeadingNumbering.REPORTS, ThemeFile.read(write("number_headings: Reports\n")).headingNumbering());
        assertEquals(HeadingNumbering.NONE, ThemeFile.read(write("number_headings: false\n")).headingNumbering());
        Theme reports = ThemeFile.read(write("number_headings: reports\n"));
        assertTrue(reports.numberHeadings(DocumentKind.REPORT));
        assertFalse(reports.numberHeadings(DocumentKind.BRIEF));
        assertFalse(reports.numberHeadings(DocumentKind.PRESS_RELEASE));
        assertTrue(assertThrows(ThemeException.class, () -> ThemeFile.read(write("number_headings: briefs\n")))
                .getMessage().contains("theme.number_headings: 'briefs' is not one of none, all, reports"));
        assertTrue(assertThrows(ThemeException.class, () -> ThemeFile.read(write("number_headings: 2\n")))
                .getMessage().contains("theme.number_headings: '2' is not one of none, all, reports (or true, false)"));
    }

    @Test
    void theCompactBodyIsATypeSetting() throws IOException {
        TypeScale type = ThemeFile.read(write("type: {compact_body: 10, compact_line_height: 1.2}\n")).type();
        assertEquals(10, type.compactBody());
        assertEquals(1.2, type.compactLineHeight());
        assertEquals(11, type.body(), "the rest stays the base's");
        TypeScale defaults = ThemeFile.read(write("type: {body: 12}\n")).type();
        assertEquals(TypeScale.COMPACT_BODY, defaults.compactBody());
        assertEquals(TypeScale.COMPACT_LINE_HEIGHT, defaults.compactLineHeight());
        assertTrue(assertThrows(ThemeException.class, () -> ThemeFile.read(write("type: {compact_line_height: 5}\n")))
                .getMessage().contains("type.compactLineHeight: 5.0 is outside 1.0..3.0"));
        assertTrue(assertThrows(ThemeException.class, () -> ThemeFile.read(write("type: {compact_body: 2pt}\n")))
                .getMessage().contains("type.compactBody: 2.0 pt is outside 4..96 pt"));
    }

    @Test
    void anUnknownKeyIsAnErrorThatListsTheKnownOnes() {
        ThemeException e = assertThrows(ThemeException.class, () -> ThemeFile.read(write("margins: {topp: 1in}\n")));
        assertTrue(e.getMessage().contains("theme.margins.topp: is not a theme setting; known here: bottom, gutter"),
                e.getMessage());
    }

    @Test
    void badValuesNameTheSetting() {
        assertTrue(assertThrows(ThemeException.class, () -> ThemeFile.read(write("type: {body: huge}\n")))
                .getMessage().contains("theme.type.body: 'huge' is not a length"));
        assertTrue(assertThrows(ThemeException.class, () -> ThemeFile.read(write("notes: sidenotes\n")))
                .getMessage().contains("is not one of footnotes, endnotes, by-kind"));
        assertTrue(assertThrows(ThemeException.class, () -> ThemeFile.read(write("widow_lines: 9\n")))
                .getMessage().contains("theme.widowLines: 9 is outside 1..5"));
        assertTrue(assertThrows(ThemeException.class, () -> ThemeFile.read(write("fonts: {body: {name: X, regular: none.ttf}}\n")))
                .getMessage().contains("does not exist"));
    }

    @Test
    void malformedYamlGivesTheLine() {
        ThemeException e = assertThrows(ThemeException.class,
                () -> ThemeFile.read(write("base: a4\nmargins: {top: 1in\njustify: true\n")));
        assertTrue(e.getMessage().matches(".*theme\\.yaml:\\d+: not a valid theme file.*"), e.getMessage());
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("theme.yaml"), yaml);
    }
}
