package org.briefkit.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Document;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes one random case again and leaves everything about it in {@code target/replay/}: the
 * document, its PDF and DOCX, the text PDFBox and the DOCX give, and the expected words; when the
 * case fails, the same for the document shrunk, in {@code target/replay/shrunk/}. Runs
 * only when asked: {@code -Dreliability.replay=<seed>:<case> -Dtest=Replay}.
 */
class Replay {
    @Test
    @EnabledIfSystemProperty(named = "reliability.replay", matches = "-?\\d+:\\d+")
    void writesOneCaseOut() throws Exception {
        String[] at = System.getProperty("reliability.replay").split(":");
        ModelGen gen = PropertyModelTest.generator(Long.parseLong(at[0]), Integer.parseInt(at[1]));
        Document document = gen.document();
        Theme theme = gen.theme();
        Path dir = Files.createDirectories(Path.of("target", "replay"));
        try {
            PropertyModelTest.check(document, theme, true);
        } catch (AssertionError e) {
            text(dir.resolve("failure.txt"), String.valueOf(e.getMessage()));
            Document small = PropertyModelTest.shrink(document, theme, true, String.valueOf(e.getMessage()));
            Path shrunk = Files.createDirectories(dir.resolve("shrunk"));
            write(small, theme, shrunk);
            try {
                PropertyModelTest.check(small, theme, true);
                text(shrunk.resolve("failure.txt"), "passes");
            } catch (AssertionError again) {
                text(shrunk.resolve("failure.txt"), String.valueOf(again.getMessage()));
            }
        }
        write(document, theme, dir);
        PropertyModelTest.check(document, theme, true);
    }

    /** Writes text as UTF-8, half surrogate pairs as '?' (they are what a failure may be about). */
    private static void text(Path file, String text) throws java.io.IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Document document, Theme theme, Path dir) throws Exception {
        text(dir.resolve("document.txt"), document + "\n\n" + PropertyModelTest.describe(theme));
        List<String> warnings = new ArrayList<>();
        byte[] pdf = Renders.pdf(document, theme, warnings);
        Files.write(dir.resolve("case.pdf"), pdf);
        text(dir.resolve("warnings.txt"), String.join("\n", warnings));
        text(dir.resolve("pdf.txt"), PdfCheck.read(pdf).text());
        byte[] docx = Renders.docx(document, theme);
        Files.write(dir.resolve("case.docx"), docx);
        DocxCheck.Read read = DocxCheck.read(docx);
        text(dir.resolve("docx.txt"), read.body() + "\n\nNOTES\n\n" + read.notes());
        StringBuilder expected = new StringBuilder();
        for (ExpectedText.Stream s : ExpectedText.of(document, true)) {
            expected.append("== ").append(s.name()).append('\n').append(String.join(" ", s.words())).append("\n\n");
        }
        text(dir.resolve("expected.txt"), expected.toString());
    }
}
