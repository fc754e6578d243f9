package org.briefkit.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefkit.markdown.MarkdownException;
import org.briefkit.markdown.MarkdownReader;
import org.briefkit.model.Document;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random Markdown (see {@link MarkdownGen}) read by the reader: each read returns a document or
 * throws a {@link MarkdownException} whose line and column lie inside the input, never another
 * exception, and within the time limit; a sample of the documents read is rendered to both
 * formats, and every file opens. Slices of the shared corpus (pandoc's manual and test suite)
 * are mixed in when the corpus is present, and the corpus files are read and rendered whole.
 */
class PropertyMarkdownTest {
    private static final int CASES = Budget.cases("markdownCases", 3000);
    private static final int RENDER_EVERY = 15;
    /** The default limits: every one counts work, so each case has one outcome on any machine. */
    private static final MarkdownReader READER = MarkdownReader.standard();

    private static final java.util.Map<String, Integer> PROBLEMS = new java.util.concurrent.ConcurrentHashMap<>();

    @TempDir
    static Path root;
    private static Path folder;
    private static List<String> corpusLines = List.of();

    @BeforeAll
    static void images() throws IOException {
        folder = BadFiles.writeImages(root);
        corpusLines = MarkdownGen.lines(Corpus.texts());
    }

    @Test
    void everyRandomMarkdownReadsToADocumentOrAPositionedErrorInTime() throws Exception {
        long seed = Budget.seed() ^ 0x3D;
        AtomicInteger documents = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        CaseRunner.run("random Markdown", seed, CASES, i -> {
            String markdown = new MarkdownGen(Budget.caseSeed(seed, i), corpusLines).document();
            Document document = read(markdown, "case-" + i + ".md");
            if (document == null) {
                errors.incrementAndGet();
                return;
            }
            documents.incrementAndGet();
            if (i % RENDER_EVERY == 0) {
                renderBoth(document);
                rendered.incrementAndGet();
            }
        });
        System.out.printf("  %d documents, %d positioned errors, %d rendered to PDF and DOCX%n", documents.get(),
                errors.get(), rendered.get());
        PROBLEMS.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf("    %5d  %s%n", e.getValue(), e.getKey()));
        assertTrue(documents.get() > CASES / 4, "most random Markdown reads: " + documents.get() + " of " + CASES);
    }

    @Test
    void theCorpusReadsAndRendersWhole() throws Exception {
        List<Path> files = Corpus.files();
        Assumptions.assumeFalse(files.isEmpty(), "no corpus (../shared/corpus or -Dbriefkit.corpus)");
        for (Path file : files) {
            Path copy = folder.resolve(file.getFileName());
            Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Document document = read(Files.readString(copy, StandardCharsets.UTF_8), copy.getFileName().toString());
            assertTrue(document != null, file + " reads");
            renderBoth(document);
        }
    }

    /** @return the document, or null for a positioned error; fails on anything else */
    static Document read(String markdown, String name) {
        try {
            return READER.read(markdown, folder, name);
        } catch (MarkdownException e) {
            checkPosition(markdown, e);
            String kind = e.problem().replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N");
            PROBLEMS.merge(kind.substring(0, Math.min(70, kind.length())), 1, Integer::sum);
            return null;
        } catch (Throwable t) {
            throw new AssertionError("reading " + describe(markdown) + " threw " + t, t);
        }
    }

    private static void checkPosition(String markdown, MarkdownException e) {
        assertFalse(e.problem() == null || e.problem().isBlank(), "a problem is named: " + e.getMessage());
        String[] lines = markdown.split("\r\n|\r|\n", -1);
        assertTrue(e.line() >= 1 && e.line() <= lines.length + 1, "line " + e.line() + " of " + lines.length
                + " lines: " + e.getMessage());
        int length = e.line() <= lines.length ? lines[e.line() - 1].codePointCount(0, lines[e.line() - 1].length()) : 0;
        assertTrue(e.column() >= 1 && e.column() <= length + 2, "column " + e.column() + " of a line of " + length
                + ": " + e.getMessage());
    }

    /** Renders to both formats; each file must open. */
    static void renderBoth(Document document) {
        Theme theme = Theme.letter();
        List<String> warnings = new ArrayList<>();
        PdfCheck.read(Renders.pdf(document, theme, warnings));
        DocxCheck.read(Renders.docx(document, theme));
    }

    private static String describe(String markdown) {
        String shown = markdown.length() > 300 ? markdown.substring(0, 300) + "...(" + markdown.length() + " chars)"
                : markdown;
        StringBuilder out = new StringBuilder("\"");
        shown.chars().forEach(c -> out.append(c == '\n' ? "\\n" : c < 0x20 || c == 0x7F ? String.format("\\u%04X", c)
                : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
