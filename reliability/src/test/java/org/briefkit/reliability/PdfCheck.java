package org.briefkit.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefkit.RenderException;

/**
 * Reads a rendered PDF back with PDFBox, an independent parser, and compares its text with the
 * document's.
 *
 * <p>The comparison. Text is extracted in content-stream order (the order Briefkit draws it),
 * and both it and the expected words are normalized the same way: characters that no font had
 * (those the renderer reported to its warning sink) are set aside, as they may extract as
 * nothing, as U+FFFD or as another missing character sharing the .notdef glyph; then NFKD and a
 * case fold (small capitals extract as capitals; final sigma folds to sigma); then white space, hyphens (U+002D, U+00AD,
 * U+2010, U+2011: hyphenation adds them at line ends), combining marks (PDFBox may merge or
 * reorder them) and spacing accents (^ ` ~ ¨ ´ and the other modifier symbols and letters, which
 * PDFBox turns into combining marks when they stand close to a letter), format characters (joiners, bidi controls; drawn as nothing) and U+FFFD are
 * dropped. What is left must appear in order (see {@link TextMatch}). Right-to-left text is
 * compared in logical order: Briefkit draws it so, and the stripper here keeps the order drawn
 * (PDFBox's own would reorder such lines visually). The DOCX check, which needs none of this, is
 * exact.
 */
final class PdfCheck {
    private static final Pattern MISSING = Pattern.compile("^character U\\+([0-9A-F]{4,6}) ");
    private static final Pattern TABLE_TOO_NARROW = Pattern.compile(
            "^the table .* has \\d+ columns, but only \\d+ fit its width of [0-9.]+ pt even at [0-9.]+ pt .*split it");

    private PdfCheck() {
    }

    /**
     * @param e a PDF render's failure
     * @return whether it is the documented refusal of a table whose columns cannot hold one
     *         character each even at the smallest size (random tables nest in cells a few points wide)
     */
    static boolean isTableTooNarrow(RenderException e) {
        return TABLE_TOO_NARROW.matcher(String.valueOf(e.getMessage())).find();
    }

    /** What PDFBox read from a file. */
    record Read(int pages, String text) {
    }

    /**
     * @param pdf a rendered file
     * @return its page count and text, as PDFBox reads them
     * @throws AssertionError when PDFBox cannot parse it
     */
    static Read read(byte[] pdf) {
        if (pdf.length < 8 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new AssertionError("not a PDF: " + pdf.length + " bytes");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new DrawnOrder();
            // Every glyph drawn, even one over another (PDFBox would take it for fake bold and drop it).
            stripper.setSuppressDuplicateOverlappingText(false);
            return new Read(doc.getNumberOfPages(), stripper.getText(doc));
        } catch (IOException e) {
            throw new AssertionError("PDFBox cannot read the PDF: " + e, e);
        }
    }

    /**
     * A text stripper that keeps each line's characters in the order they were drawn. PDFBox
     * reorders a line it takes for right-to-left (one whose first strong character is Hebrew or
     * Arabic) into visual order; Briefkit draws text in logical order, so the order drawn is the
     * document's.
     */
    private static final class DrawnOrder extends PDFTextStripper {
        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
            StringBuilder drawn = new StringBuilder(text.length());
            for (org.apache.pdfbox.text.TextPosition p : positions) {
                drawn.append(p.getUnicode());
            }
            writeString(drawn.toString());
        }
    }

    /** @param warnings the renderer's warnings; @return the characters it reported missing */
    static Set<Integer> missing(List<String> warnings) {
        Set<Integer> out = new java.util.HashSet<>();
        for (String w : warnings) {
            Matcher m = MISSING.matcher(w);
            if (m.find()) {
                out.add(Integer.parseInt(m.group(1), 16));
            }
        }
        return out;
    }

    /**
     * @param missing characters no font had
     * @return the normalization both sides of the comparison go through
     */
    static java.util.function.UnaryOperator<String> normalizer(Set<Integer> missing) {
        return s -> {
            StringBuilder kept = new StringBuilder(s.length());
            s.codePoints().filter(cp -> !missing.contains(cp)).forEach(kept::appendCodePoint);
            // Marks go before the case fold too: U+0345 folds to a letter (iota). Modifier letters go
            // before the decomposition: PDFBox may read ʲ (U+02B2) as a combining hook, while NFKD
            // would make it a 'j' (random documents, seed 6200959293877, case 8281).
            String folded = keep(Normalizer.normalize(keep(kept.toString()), Normalizer.Form.NFKD));
            folded = folded.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
            return keep(Normalizer.normalize(folded, Normalizer.Form.NFKD).replace('ς', 'σ'));
        };
    }

    private static String keep(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !dropped(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean dropped(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFFFD) {
            return true;
        }
        if (cp == '-' || cp == 0x00AD || cp == 0x2010 || cp == 0x2011) {
            return true;
        }
        int type = Character.getType(cp);
        if (cp == '~' || type == Character.MODIFIER_SYMBOL || type == Character.MODIFIER_LETTER) {
            return true; // PDFBox turns a spacing accent (^ ` ~ ¨ ´ ˆ ˜) next to a letter into a combining mark
        }
        if (cp == 0x2065) {
            return true; // reserved among the invisible operators and isolates: default-ignorable, drawn as nothing
        }
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT || type == Character.CONTROL;
    }

    /**
     * Runs {@code qpdf --check} on a file.
     *
     * @param pdf the file's bytes
     * @param dir a folder for the file
     * @return qpdf's complaint, or empty when it passes
     */
    static java.util.Optional<String> qpdf(byte[] pdf, Path dir) {
        try {
            Path file = Files.createTempFile(dir, "qpdf-", ".pdf");
            Files.write(file, pdf);
            Process p = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return java.util.Optional.of("qpdf did not finish in 60 s");
            }
            Files.delete(file);
            // Exit 0: no problems; 3: warnings only; 2: errors.
            return p.exitValue() == 0 ? java.util.Optional.empty() : java.util.Optional.of(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return whether qpdf is on the PATH */
    static boolean hasQpdf() {
        try {
            Process p = new ProcessBuilder("qpdf", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** @param text some text; @return its non-empty lines */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }
}
