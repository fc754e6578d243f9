package org.briefkit.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                .getMessage().contains("was not found"));
    }

    @Test
    void malformedYamlGivesTheLine() {
        ThemeException e = assertThrows(ThemeException.class,
                () -> ThemeFile.read(write("base: a4\nmargins: {top: 1in\njustify: true\n")));
        assertTrue(e.getMessage().matches(".*theme\\.yaml:\\d+: not a valid theme file.*"), e.getMessage());
    }

    @Test
    void anAbsoluteOrClimbingFontPathIsRefused() throws IOException {
        Path themes = Files.createDirectories(dir.resolve("themes"));
        Files.write(dir.resolve("outside.ttf"), new byte[] {0, 1, 0, 0});
        for (String path : List.of("/etc/passwd", "../outside.ttf", "fonts/../../outside.ttf", "%2e%2e/outside.ttf",
                "C:/Windows/Fonts/arial.ttf", dir.resolve("outside.ttf").toString())) {
            String m = message(themes, "fonts: {body: {name: X, regular: '" + path + "'}}\n");
            assertTrue(m.contains("theme.fonts.body.regular: font path '" + path + "'"), m);
            assertTrue(m.contains("is absolute") || m.contains("leads outside the theme's folder"), m);
        }
    }

    @Test
    void aFontPathOutsideTheFolderSaysNothingOfTheFileNorWhetherItExists() throws IOException {
        Path themes = Files.createDirectories(dir.resolve("themes"));
        Path secret = Files.writeString(dir.resolve("secret.ttf"), "root:SECRET-CONTENT:0:0");
        Path theme = Files.writeString(themes.resolve("theme.yaml"), "fonts: {body: {name: X, regular: ../secret.ttf}}\n");
        String existing = assertThrows(ThemeException.class, () -> ThemeFile.read(theme)).getMessage();
        Files.delete(secret);
        String missing = assertThrows(ThemeException.class, () -> ThemeFile.read(theme)).getMessage();
        assertEquals(existing, missing, "the same message whether the file outside exists or not");
        assertTrue(existing.contains("font path '../secret.ttf' leads outside the theme's folder"), existing);
        assertFalse(existing.contains("SECRET"), existing);

        String passwd = message("fonts: {body: {name: X, regular: /etc/passwd}}\n");
        String nothing = message("fonts: {body: {name: X, regular: /etc/no-such-file-here}}\n");
        assertEquals(passwd, nothing.replace("/etc/no-such-file-here", "/etc/passwd"));
        assertFalse(passwd.contains("root"), passwd);
    }

    @Test
    void aLinkOutOfTheFolderIsRefusedAlikeWhetherItsTargetExistsOrNot() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.ttf"), "SECRET-CONTENT");
        Path themes = Files.createDirectories(dir.resolve("themes"));
        Files.createSymbolicLink(themes.resolve("to-secret.ttf"), secret);
        Files.createSymbolicLink(themes.resolve("to-nothing.ttf"), dir.resolve("nothing.ttf"));
        Files.createSymbolicLink(themes.resolve("up"), dir);
        String toSecret = message(themes, "fonts: {body: {name: X, regular: to-secret.ttf}}\n");
        String toNothing = message(themes, "fonts: {body: {name: X, regular: to-nothing.ttf}}\n");
        assertEquals(toSecret, toNothing.replace("to-nothing", "to-secret"));
        assertTrue(toSecret.contains("font path 'to-secret.ttf' leads outside the theme's folder"), toSecret);
        assertFalse(toSecret.contains("SECRET") || toSecret.contains(secret.toString()), toSecret);
        String throughFolder = message(themes, "fonts: {body: {name: X, regular: up/secret.ttf}}\n");
        assertTrue(throughFolder.contains("font path 'up/secret.ttf' leads outside the theme's folder"), throughFolder);
    }

    @Test
    void aFileThatIsNotAFontIsRefusedWithoutEchoingIt() throws IOException {
        Files.writeString(dir.resolve("notes.ttf"), "root:SECRET-CONTENT:0:0:root:/root:/bin/bash\n");
        Files.write(dir.resolve("empty.ttf"), new byte[0]);
        Files.createDirectories(dir.resolve("folder.ttf"));
        for (String name : List.of("notes.ttf", "empty.ttf")) {
            String m = message("fonts: {body: {name: X, regular: " + name + "}}\n");
            assertTrue(m.contains("font file '" + name + "' is not a TrueType or OpenType font"), m);
            assertFalse(m.contains("SECRET") || m.contains("root:"), m);
        }
        assertTrue(message("fonts: {body: {name: X, regular: folder.ttf}}\n").contains("'folder.ttf' is not a file"));
        assertTrue(message("fonts: {body: {name: X, regular: none.ttf}}\n")
                .contains("font file 'none.ttf' was not found in the theme's folder"));
    }

    @Test
    void aThemeFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: takes no disk
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        ThemeException e = assertThrows(ThemeException.class, () -> ThemeFile.read(huge));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(e.getMessage().contains("huge.yaml: the theme file is 3221225472 bytes; the limit is 1048576"),
                e.getMessage());
        assertTrue(allocated < 16L << 20, "read no more than the limit: allocated " + allocated + " bytes");

        Path justOver = Files.writeString(dir.resolve("over.yaml"), "# " + "x".repeat((1 << 20) - 2) + "\n");
        assertTrue(assertThrows(ThemeException.class, () -> ThemeFile.read(justOver)).getMessage()
                .contains("the theme file is 1048577 bytes; the limit is 1048576"));
    }

    @Test
    void aRecursiveAliasIsAThemeException() {
        for (String yaml : List.of("base: &a [{k: *a}]\n", "fonts: {fallbacks: &a [{k: *a}]}\n",
                "header: &a {left: [*a]}\n", "page_size: &a [*a, *a]\n")) {
            ThemeException e = assertThrows(ThemeException.class, () -> ThemeFile.read(write(yaml)), yaml);
            assertTrue(e.getMessage().contains("theme.yaml"), e.getMessage());
        }
    }

    @Test
    void anAliasBombIsRefusedAsInFrontMatter() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        ThemeException e = assertThrows(ThemeException.class, () -> ThemeFile.read(write(yaml.toString())));
        assertTrue(e.getMessage().contains("not a valid theme file"), e.getMessage());
    }

    @Test
    void deepNestingIsAThemeExceptionNotAStackOverflow() {
        for (String yaml : List.of("base: " + "[".repeat(200_000) + "\n", "base:\n" + "- ".repeat(200_000) + "x\n")) {
            ThemeException e = assertThrows(ThemeException.class, () -> ThemeFile.read(write(yaml)));
            assertTrue(e.getMessage().contains("theme.yaml"), e.getMessage());
        }
    }

    @Test
    void twentyThousandFallbackFontsAreRefusedByACountLimit() {
        String names = String.join(", ", java.util.Collections.nCopies(20_000, "Noto Sans"));
        ThemeException e = assertThrows(ThemeException.class,
                () -> ThemeFile.read(write("fonts: {fallbacks: [" + names + "]}\n")));
        assertTrue(e.getMessage().contains("theme.fonts.fallbacks: 20000 fonts; the limit is 32"), e.getMessage());
    }

    @Test
    void aValueIsQuotedShortNeverWhole() {
        String m = message("base: '" + "y".repeat(5000) + "'\n");
        assertTrue(m.length() < 400, m);
        assertTrue(message("base: [1, 2]\n").contains("theme.base: a list is not text"),
                message("base: [1, 2]\n"));
    }

    @Test
    void aServerCanAllowItsOwnFontFolders() throws IOException {
        Path serverFonts = Files.createDirectories(dir.resolve("server-fonts"));
        Path georgia = Files.write(serverFonts.resolve("Georgia.ttf"), new byte[] {0, 1, 0, 0, 9});
        Path themes = Files.createDirectories(dir.resolve("themes"));
        Path theme = Files.writeString(themes.resolve("theme.yaml"),
                "fonts: {body: {name: Georgia, regular: '" + georgia + "'}}\n");
        assertTrue(assertThrows(ThemeException.class, () -> ThemeFile.read(theme)).getMessage()
                .contains("is absolute; font paths must be relative to the theme's folder"));

        ThemeFile.Reader server = ThemeFile.reader().allowFontFolders(List.of(serverFonts));
        Theme read = server.read(theme);
        assertEquals(georgia.toRealPath().toString(), read.fonts().body().file(FontStyle.REGULAR).path());

        Files.writeString(dir.resolve("secret.ttf"), "SECRET");
        for (String outside : List.of(serverFonts + "/../secret.ttf", dir.resolve("secret.ttf").toString())) {
            Path bad = Files.writeString(themes.resolve("bad.yaml"), "fonts: {body: {name: X, regular: '" + outside + "'}}\n");
            String m = assertThrows(ThemeException.class, () -> server.read(bad)).getMessage();
            assertTrue(m.contains("or lead into a font folder the reader allows") || m.contains("leads outside"), m);
            assertFalse(m.contains("SECRET"), m);
        }
        Files.createSymbolicLink(serverFonts.resolve("escape.ttf"), dir.resolve("secret.ttf"));
        Path link = Files.writeString(themes.resolve("link.yaml"),
                "fonts: {body: {name: X, regular: '" + serverFonts.resolve("escape.ttf") + "'}}\n");
        assertTrue(assertThrows(ThemeException.class, () -> server.read(link)).getMessage().contains("leads outside"));
        assertThrows(ThemeException.class, () -> ThemeFile.reader().allowFontFolders(List.of(dir.resolve("none"))));
    }

    @Test
    void theLimitsAreSettings() throws IOException {
        Path theme = write("fonts: {fallbacks: [A, B, C]}\n# " + "x".repeat(100) + "\n");
        assertEquals(3, ThemeFile.read(theme).fonts().fallbacks().size());
        assertTrue(assertThrows(ThemeException.class,
                () -> ThemeFile.reader().limits(ThemeLimits.DEFAULT.withMaxFallbacks(2)).read(theme)).getMessage()
                .contains("theme.fonts.fallbacks: 3 fonts; the limit is 2"));
        String tooLarge = assertThrows(ThemeException.class,
                () -> ThemeFile.reader().limits(ThemeLimits.DEFAULT.withMaxFileBytes(100)).read(theme)).getMessage();
        assertTrue(tooLarge.contains("the theme file is " + Files.size(theme) + " bytes; the limit is 100"), tooLarge);
        assertThrows(ThemeException.class, () -> new ThemeLimits(0, 32));
    }

    @Test
    void aThemeFileThatIsNotUtf8IsAThemeException() throws IOException {
        Path theme = Files.write(dir.resolve("theme.yaml"), new byte[] {'b', 'a', 's', 'e', ':', ' ', (byte) 0xC3, 0x28});
        assertTrue(assertThrows(ThemeException.class, () -> ThemeFile.read(theme)).getMessage()
                .contains("theme.yaml: the theme file is not UTF-8 text"));
    }

    private String message(String yaml) {
        return assertThrows(ThemeException.class, () -> ThemeFile.read(write(yaml))).getMessage();
    }

    private String message(Path folder, String yaml) {
        return assertThrows(ThemeException.class,
                () -> ThemeFile.read(Files.writeString(folder.resolve("theme.yaml"), yaml))).getMessage();
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("theme.yaml"), yaml);
    }
}
