package org.briefkit.markdown;

import static org.briefkit.markdown.Read.assertError;
import static org.briefkit.markdown.Read.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Attr;
import org.briefkit.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader does with the bytes and characters it is given, before any Markdown. */
class InputTextTest {
    @TempDir
    Path folder;

    @Test
    void controlCharactersBecomeReplacementCharacters() {
        assertEquals(List.of(Paragraph.of("bell\uFFFD and next-line\uFFFD and delete\uFFFD")),
                body("bell\u0007 and next-line\u0085 and delete\u007F\n"));
        assertEquals(List.of(new CodeBlock(Attr.EMPTY, "nul\uFFFD"), Paragraph.of("lone \uFFFD surrogate")),
                body("```\nnul\u0000\n```\n\nlone \uD800 surrogate\n"));
    }

    @Test
    void controlCharacterFromAnEntityIsReplacedToo() {
        assertEquals(List.of(Paragraph.of("a\uFFFDb")), body("a&#x7f;b\n"));
    }

    @Test
    void tabsAndLineEndsOfEveryKindAreKept() {
        assertEquals(List.of(Paragraph.of("one two three"), Paragraph.of("four")), body("one\r\ntwo\rthree\n\nfour\n"));
    }

    @Test
    void invalidUtf8InAFileIsAnErrorNamingTheByte() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("# Title\n\nCaf\u00e9 ok, then ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);
        bytes.write(0x28);
        Path file = Files.write(folder.resolve("bad.md"), bytes.toByteArray());
        MarkdownException e = assertThrows(MarkdownException.class, () -> MarkdownReader.standard().read(file));
        assertEquals(file.toString(), e.file());
        assertEquals("3:15", e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.problem().contains("not valid UTF-8: byte offset 24 (0xC3)"), e.getMessage());
    }

    @Test
    void byteOrderMarkIsSkipped() throws Exception {
        Path file = Files.write(folder.resolve("bom.md"), "\uFEFF# Title\n\nText.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Title", MarkdownReader.standard().read(file).metadata().title());
    }

    @Test
    void inputOverTheSizeLimitIsRefused() throws Exception {
        MarkdownReader small = MarkdownReader.builder().limits(MarkdownLimits.DEFAULT.withMaxInputBytes(100)).build();
        MarkdownException text = assertThrows(MarkdownException.class,
                () -> small.read("# T\n\n" + "é".repeat(50), null, "test.md"));
        assertError(text, 1, 1, "the input is 105 bytes; the limit is 100 bytes");
        Path file = Files.writeString(folder.resolve("big.md"), "# T\n\n" + "x".repeat(200));
        MarkdownException read = assertThrows(MarkdownException.class, () -> small.read(file));
        assertTrue(read.problem().contains("the input is 205 bytes"), read.getMessage());
    }

    @Test
    void lineOverTheLengthLimitIsRefusedAtThatLine() {
        MarkdownReader reader = MarkdownReader.builder().limits(MarkdownLimits.DEFAULT.withMaxLineLength(80)).build();
        MarkdownException e = assertThrows(MarkdownException.class,
                () -> reader.read("# T\n\nshort\n" + "y".repeat(81) + "\n", null, "test.md"));
        assertError(e, 4, 81, "this line is 81 characters long; the limit is 80");
    }

    @Test
    void missingFileIsAnError() {
        MarkdownException e = assertThrows(MarkdownException.class,
                () -> MarkdownReader.standard().read(folder.resolve("none.md")));
        assertEquals("1:1", e.line() + ":" + e.column());
        assertTrue(e.problem().contains("does not exist"), e.getMessage());
    }
}
