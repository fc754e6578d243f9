package org.briefkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.briefkit.BriefkitException;
import org.briefkit.InvalidDocumentException;
import org.briefkit.RenderException;
import org.briefkit.model.Code;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Document;
import org.briefkit.model.Metadata;
import org.briefkit.model.Text;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

/**
 * Random documents, built through the model's constructors, rendered to PDF and to DOCX: every
 * file opens (PDFBox, POI), holds the document's text in order (see {@link PdfCheck} and
 * {@link DocxCheck} for what "the same text" means in each format), and a sample of the DOCX
 * files is schema-valid in every part. A document with a character the model refuses fails when
 * it is built, never when it is rendered.
 *
 * <p>Generators are hand-written over seeded {@link Random}s (see the module's pom for why not
 * jqwik). A failure names the seed; {@code -Dreliability.seed=N} replays the run, and the failing
 * document is shrunk to fewer blocks before it is printed.
 */
class PropertyModelTest {
    private static final int CASES = Budget.cases("modelCases", 1200);
    private static final int HOSTILE_CASES = Budget.cases("hostileCases", 2000);
    private static final int STRINGS = Budget.cases("strings", 100_000);
    private static final int SCHEMA_EVERY = 8;

    private static final AtomicLong PDF_PAGES = new AtomicLong();
    private static final AtomicLong MISSING = new AtomicLong();
    private static final AtomicLong SPLITS = new AtomicLong();
    private static final AtomicLong WORDS = new AtomicLong();
    private static final AtomicLong SCHEMA_CHECKED = new AtomicLong();
    private static final AtomicLong TABLES_REFUSED = new AtomicLong();

    @Test
    void everyRandomDocumentRendersToAPdfAndADocxThatHoldItsTextInOrder() throws Exception {
        long seed = Budget.seed();
        CaseRunner.run("random documents to PDF and DOCX", seed, CASES, i -> {
            ModelGen gen = generator(seed, i);
            Document document;
            try {
                document = gen.document();
            } catch (RuntimeException e) {
                throw new AssertionError("a valid random document could not be built: " + e, e);
            }
            Theme theme = gen.theme();
            boolean schema = i % SCHEMA_EVERY == 0;
            try {
                check(document, theme, schema);
            } catch (AssertionError e) {
                Document small = shrink(document, theme, schema, String.valueOf(e.getMessage()));
                throw new AssertionError(e.getMessage() + "\n  theme: " + describe(theme) + "\n  shrunk to: "
                        + Dump.of(small), e);
            }
        });
        System.out.printf("  %d PDF pages, %d words checked, %d words split over pages, %d missing-glyph warnings,"
                + " %d DOCX files schema-validated, %d PDFs refused for a table too narrow to set%n", PDF_PAGES.get(),
                WORDS.get(), SPLITS.get(), MISSING.get(), SCHEMA_CHECKED.get(), TABLES_REFUSED.get());
    }

    @Test
    void aCharacterTheModelRefusesFailsWhenTheDocumentIsBuiltNeverLater() throws Exception {
        long seed = Budget.seed() ^ 0xBADL;
        CaseRunner.run("documents with a refused character", seed, HOSTILE_CASES, i -> {
            ModelGen gen = new ModelGen(Budget.caseSeed(seed, i), true, 3);
            Document document;
            try {
                document = gen.document();
            } catch (InvalidDocumentException e) {
                assertTrue(gen.injected(), "refused without a refused character: " + e.getMessage());
                assertTrue(e.getMessage().matches("(?s).*(control character|unpaired surrogate) U\\+[0-9A-F]{4} at offset \\d+.*"),
                        "the message names the character and its offset: " + e.getMessage());
                return;
            }
            assertTrue(!gen.injected(), "a refused character was accepted into the model");
            if (i % 20 == 0) {
                // Documents the injection missed are valid: they render like any other.
                check(document, gen.theme(), false);
            }
        });
    }

    @Test
    void textIsRefusedExactlyWhenItHoldsAControlCharacterOrAnUnpairedSurrogate() {
        Random random = new Random(Budget.seed());
        for (int n = 0; n < STRINGS; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                int roll = random.nextInt(10);
                if (roll < 6) {
                    s.append((char) random.nextInt(0x10000));
                } else if (roll < 8) {
                    s.append((char) random.nextInt(0xA0));
                } else {
                    s.appendCodePoint(0x10000 + random.nextInt(0x100000));
                }
            }
            String text = s.toString();
            int bad = firstRefused(text);
            for (int kind = 0; kind < 4; kind++) {
                try {
                    String kept = switch (kind) {
                        case 0 -> new Text(text).text();
                        case 1 -> new Code(org.briefkit.model.Attr.EMPTY, text).text();
                        case 2 -> new CodeBlock(org.briefkit.model.Attr.EMPTY, text).text();
                        default -> Metadata.builder("Title").subtitle(text).build().subtitle();
                    };
                    if (bad >= 0) {
                        fail("accepted " + escape(text) + ", which has a refused character at " + bad);
                    }
                    assertEquals(text.replace("\r\n", "\n").replace('\r', '\n'), kept, "kept as given, CR folded to LF");
                } catch (InvalidDocumentException e) {
                    if (bad < 0) {
                        fail("refused " + escape(text) + ": " + e.getMessage());
                    }
                    assertTrue(e.getMessage().contains("U+"), e.getMessage());
                }
            }
        }
    }

    /** @param seed the run's seed; @param i the case; @return the case's generator */
    static ModelGen generator(long seed, int i) {
        long caseSeed = Budget.caseSeed(seed, i);
        return new ModelGen(caseSeed, false, 1 + new Random(caseSeed).nextInt(4));
    }

    /** Renders to both formats and checks both files. */
    static void check(Document document, Theme theme, boolean schema) {
        checkPdf(document, theme);
        checkDocx(document, theme, schema);
    }

    static void checkPdf(Document document, Theme theme) {
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        byte[] pdf;
        try {
            pdf = Renders.pdf(document, theme, warnings);
        } catch (RenderException e) {
            // Random tables nest in cells a few points wide; the PDF refuses, by design and with
            // this message, a table whose columns cannot hold a character each even at 5 pt.
            if (PdfCheck.isTableTooNarrow(e)) {
                TABLES_REFUSED.incrementAndGet();
                return;
            }
            pdf = render("PDF", () -> {
                throw e;
            });
        }
        checkPdf(document, pdf, warnings);
    }

    /** Checks a PDF already rendered, with the warnings its render gave. */
    static PdfCheck.Read checkPdf(Document document, byte[] pdf, List<String> warnings) {
        PdfCheck.Read read = PdfCheck.read(pdf);
        for (String w : warnings) {
            assertTrue(wellFormed(w), "a warning holds half a surrogate pair: " + w);
        }
        assertTrue(wellFormed(read.text()), "the PDF's text holds half a surrogate pair");
        var missing = PdfCheck.missing(warnings);
        TextMatch match = new TextMatch(read.text(), PdfCheck.normalizer(missing), true);
        for (ExpectedText.Stream stream : ExpectedText.of(document, true)) {
            WORDS.addAndGet(stream.words().size());
            Optional<String> problem = match.find("PDF " + stream.name(), stream.words());
            if (problem.isPresent()) {
                throw new AssertionError(problem.get());
            }
        }
        PDF_PAGES.addAndGet(read.pages());
        SPLITS.addAndGet(match.splits());
        MISSING.addAndGet(missing.size());
        return read;
    }

    static void checkDocx(Document document, Theme theme, boolean schema) {
        checkDocx(document, render("DOCX", () -> Renders.docx(document, theme)), schema);
    }

    /** Checks a DOCX already rendered. */
    static DocxCheck.Read checkDocx(Document document, byte[] docx, boolean schema) {
        DocxCheck.Read read = DocxCheck.read(docx);
        TextMatch body = new TextMatch(read.body(), DocxCheck.normalizer(), false);
        TextMatch notes = new TextMatch(read.notes(), DocxCheck.normalizer(), false);
        for (ExpectedText.Stream stream : ExpectedText.of(document, false)) {
            TextMatch where = stream.kind() == ExpectedText.Kind.NOTE ? notes : body;
            Optional<String> problem = where.find("DOCX " + stream.name(), stream.words());
            if (problem.isPresent()) {
                throw new AssertionError(problem.get());
            }
        }
        if (schema) {
            List<String> errors = DocxCheck.schemaErrors(read);
            assertTrue(errors.isEmpty(), "DOCX schema errors: " + String.join("\n", errors));
            SCHEMA_CHECKED.incrementAndGet();
        }
        return read;
    }

    static byte[] render(String format, java.util.function.Supplier<byte[]> render) {
        try {
            return render.get();
        } catch (BriefkitException e) {
            throw new AssertionError(format + ": a valid document was refused: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(format + ": an exception that is not a BriefkitException: " + e, e);
        }
    }

    /**
     * Cuts the document down (see {@link Shrink}) as long as the same format's check still fails,
     * for at most 300 tries (a count, so that a failure shrinks to the same case on any machine).
     */
    static Document shrink(Document document, Theme theme, boolean schema, String failure) {
        java.util.function.Predicate<Document> fails = failure.startsWith("DOCX")
                ? d -> fails(() -> checkDocx(d, theme, schema)) : d -> fails(() -> checkPdf(d, theme));
        Document current = document;
        int tries = 0;
        boolean progress = true;
        while (progress && tries < 300) {
            progress = false;
            for (Document candidate : Shrink.candidates(current)) {
                if (++tries > 300) {
                    break;
                }
                if (fails.test(candidate)) {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    private static boolean fails(Runnable check) {
        try {
            check.run();
            return false;
        } catch (Throwable t) {
            return true;
        }
    }

    static String describe(Theme theme) {
        return theme.pageSize() + ", notes " + theme.notes() + ", cover " + theme.coverPage() + ", toc "
                + theme.tableOfContents() + ", justify " + theme.justify() + ", hyphenate " + theme.hyphenate()
                + ", numbered " + theme.headingNumbering() + ", pdfA " + theme.pdfA();
    }

    private static int firstRefused(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c) || TextGen.refused(c)) {
                return i;
            }
        }
        return -1;
    }

    /** @return whether the text has no unpaired surrogate (it encodes as UTF-8) */
    static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
