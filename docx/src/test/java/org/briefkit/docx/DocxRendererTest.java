package org.briefkit.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefkit.model.Document;
import org.briefkit.render.Renderers;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocxRendererTest {
    static Stream<Arguments> samplesAndThemes() {
        List<Arguments> all = new ArrayList<>();
        List<Document> docs = List.of(Samples.pressRelease(), Samples.brief(), Samples.report(3, 3, 3, 40));
        for (Document doc : docs) {
            for (Theme theme : Themes.all()) {
                all.add(Arguments.of(doc.metadata().kind().label(), doc, theme));
            }
        }
        return all.stream();
    }

    @Test
    void isFoundByFormatName() {
        assertInstanceOf(DocxRenderer.class, Renderers.forFormat("DOCX"));
        assertEquals("docx", DocxRenderer.create().format());
        assertEquals("docx", DocxRenderer.create().extension());
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("samplesAndThemes")
    void everyPartIsValidAgainstTheSchema(String kind, Document doc, Theme theme) {
        List<String> errors = SchemaCheck.errors(DocxFile.render(doc, theme));
        assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("samplesAndThemes")
    void reopensWithPoi(String kind, Document doc, Theme theme) throws Exception {
        try (XWPFDocument reopened = DocxFile.render(doc, theme).poi()) {
            assertFalse(reopened.getParagraphs().isEmpty());
            assertEquals(doc.metadata().title(), reopened.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void sameDocumentAndThemeGiveTheSameBytes() {
        for (Document doc : List.of(Samples.pressRelease(), Samples.brief(), Samples.report(2, 2, 2, 10))) {
            byte[] first = DocxFile.bytes(DocxRenderer.create(), doc, Themes.numbered());
            byte[] second = DocxFile.bytes(DocxRenderer.create(), doc, Themes.numbered());
            assertArrayEquals(first, second, doc.metadata().title());
        }
    }

    @Test
    void theMachinesLocaleAndTimeZoneDoNotChangeTheBytes() {
        byte[] expected = DocxFile.bytes(DocxRenderer.create(), Samples.brief(), Theme.letter());
        java.util.Locale locale = java.util.Locale.getDefault();
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-SA-u-nu-arab"));
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertArrayEquals(expected, DocxFile.bytes(DocxRenderer.create(), Samples.brief(), Theme.letter()));
        } finally {
            java.util.Locale.setDefault(locale);
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test
    void eightThreadsGiveTheBytesOneThreadGives() throws Exception {
        DocxRenderer shared = DocxRenderer.create();
        List<Document> docs = List.of(Samples.pressRelease(), Samples.brief(), Samples.report(2, 2, 2, 10));
        List<byte[]> expected = docs.stream().map(d -> DocxFile.bytes(shared, d, Theme.letter())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 8 * 6; task++) {
                int which = task % docs.size();
                results.add(pool.submit(() -> java.util.Arrays.equals(expected.get(which),
                        DocxFile.bytes(shared, docs.get(which), Theme.letter()))));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get(), "a concurrent render differs from the single-threaded one");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rendersToAFileWithoutLeavingTemporaryFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("brief.docx");
        DocxRenderer.create().render(Samples.brief(), Theme.letter(), file);
        assertTrue(Files.size(file) > 1000);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void leavesTheStreamOpen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed the caller's stream");
            }
        };
        DocxRenderer.create().render(Samples.pressRelease(), Theme.letter(), out);
        assertTrue(out.size() > 0);
    }

    @Test
    void refusesMissingArguments() {
        DocxRenderer r = DocxRenderer.create();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(NullPointerException.class, () -> r.render(null, Theme.letter(), out));
        assertThrows(NullPointerException.class, () -> r.render(Samples.brief(), null, out));
        assertThrows(NullPointerException.class, () -> r.render(Samples.brief(), Theme.letter(), (java.io.OutputStream) null));
        assertThrows(NullPointerException.class, () -> DocxRenderer.create(null));
    }

    @Test
    void updatingFieldsOnOpenIsAnOption() {
        Document report = Samples.report(2, 2, 2, 0);
        DocxFile asked = DocxFile.render(report, Theme.letter());
        DocxFile quiet = DocxFile.of(DocxFile.bytes(DocxRenderer.create(DocxOptions.defaults()
                .withUpdateFieldsOnOpen(false)), report, Theme.letter()));
        assertEquals(1, asked.count("word/settings.xml", "//w:updateFields[@w:val='true' or @w:val='1']"));
        assertEquals(0, quiet.count("word/settings.xml", "//w:updateFields"));
        assertTrue(DocxOptions.defaults().updateFieldsOnOpen());
    }
}
