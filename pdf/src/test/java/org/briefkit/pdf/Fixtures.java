package org.briefkit.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.briefkit.model.Document;
import org.briefkit.model.Metadata;
import org.briefkit.pdf.internal.layout.Box;
import org.briefkit.pdf.internal.layout.GlyphRun;
import org.briefkit.pdf.internal.layout.LaidOutDocument;
import org.briefkit.pdf.internal.layout.Page;
import org.briefkit.theme.FontFamily;
import org.briefkit.theme.FontFile;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Fonts;
import org.briefkit.theme.Theme;

/**
 * What the PDF tests share: the test fonts (a Hangul fallback, a font with ligatures), a theme
 * that uses them, options that never look at the machine's fonts (CI machines have no Hangul
 * font; these tests must not depend on what is installed), and text to fill pages with.
 */
public final class Fixtures {
    /** The OFL Hangul subset in test resources. */
    public static final FontFile HANGUL_FILE = FontFile.classpath("fonts/BriefkitHangul-Regular.ttf");
    /** A fallback family of the Hangul font only. */
    public static final FontFamily HANGUL = new FontFamily("Briefkit Hangul", Map.of(FontStyle.REGULAR, HANGUL_FILE));
    /** The OFL Carlito subset with fi/fl/ffi ligatures. */
    public static final FontFile LIGA_FILE = FontFile.classpath("fonts/BriefkitLigaTest-Regular.ttf");
    /** A family of the ligature font only. */
    public static final FontFamily LIGA = new FontFamily("Briefkit Liga Test", Map.of(FontStyle.REGULAR, LIGA_FILE));

    private static final String[] WORDS = ("the alliance report examines future dynamic moment marked by enormous "
            + "security challenges as well some new cooperation opportunities specifically focuses on three areas "
            + "that have been relatively understudied policy and academic communities offers recommendations for "
            + "officials in both capitals who must manage an increasingly complicated relationship between partners "
            + "regional institutions budget defense technology minilateral multilateral settings coordination "
            + "government ministers agreement analysis evidence").split(" ");

    private Fixtures() {
    }

    /**
     * @return Letter, Liberation fonts, the Hangul font as the only fallback; no cover and no
     *         table of contents, so the engine's tests find the document's text from page 1 on
     *         (under the title block)
     */
    public static Theme theme() {
        return themeBuilder().build();
    }

    /** @return a builder for {@link #theme()} */
    public static Theme.Builder themeBuilder() {
        return fullThemeBuilder().coverPage(false).tableOfContents(false);
    }

    /** @return the Letter defaults (cover, contents) with the test fonts */
    public static Theme.Builder fullThemeBuilder() {
        return Theme.letter().toBuilder().fonts(Fonts.LIBERATION.withFallbacks(List.of(HANGUL)));
    }

    /** @return options that search no installed fonts and send warnings to {@code warnings} */
    public static PdfOptions options(Consumer<String> warnings) {
        return PdfOptions.builder().systemFonts(false).warnings(warnings).build();
    }

    /** @return a renderer that searches no installed fonts and collects warnings in {@code warnings} */
    public static PdfRenderer renderer(List<String> warnings) {
        return PdfRenderer.create(options(warnings::add));
    }

    /** @return a renderer that searches no installed fonts and ignores warnings */
    public static PdfRenderer renderer() {
        return PdfRenderer.create(options(w -> { }));
    }

    /** @return the document laid out as {@link #renderer()} lays it out */
    public static LaidOutDocument layout(Document document, Theme theme) {
        return layout(options(w -> { }), document, theme);
    }

    /** @return the document laid out with the given options */
    public static LaidOutDocument layout(PdfOptions options, Document document, Theme theme) {
        return new org.briefkit.pdf.internal.PdfRender(options, document, theme).layout();
    }

    /** @return the document rendered to bytes with {@link #renderer()} */
    public static byte[] render(Document document, Theme theme) {
        return render(renderer(), document, theme);
    }

    /** @return the document rendered to bytes */
    public static byte[] render(PdfRenderer renderer, Document document, Theme theme) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(document, theme, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return metadata with a title and a fixed date */
    public static Metadata metadata(String title) {
        return Metadata.builder(title).date(java.time.LocalDate.of(2026, 3, 15)).build();
    }

    /** @return {@code count} words of plausible policy prose, the same for the same random */
    public static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            String w = WORDS[random.nextInt(WORDS.length)];
            out.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return out.append('.').toString();
    }

    /** Asserts that each part appears in {@code text}, each after the one before. */
    public static void assertInOrder(String text, String... parts) {
        int last = -1;
        for (String part : parts) {
            int at = text.indexOf(part, last + 1);
            org.junit.jupiter.api.Assertions.assertTrue(at > last,
                    "'" + part + "' after position " + last + " in: " + text);
            last = at;
        }
    }

    /** @return a PNG of a simple chart, {@code width} x {@code height} pixels */
    public static org.briefkit.model.Image png(int width, int height) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new java.awt.Color(0x1F, 0x4E, 0x79));
        for (int i = 0; i < 8; i++) {
            int h = (i * 37 % 90 + 10) * height / 100;
            g.fillRect(i * width / 8 + 4, height - h, width / 8 - 8, h);
        }
        g.dispose();
        return png(img, "chart-" + width + "x" + height + ".png");
    }

    /** @return the picture as a PNG image of that name */
    public static org.briefkit.model.Image png(java.awt.image.BufferedImage img, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return org.briefkit.model.Image.of(out.toByteArray(), name);
    }

    /**
     * A document with every kind of block and inline, in realistic proportions, the same for the
     * same seed.
     *
     * @param seed     the random seed
     * @param sections how many level-1 sections
     * @return the document
     */
    public static Document rich(long seed, int sections) {
        Random random = new Random(seed);
        Metadata meta = Metadata.builder("Rich document " + seed).subtitle("Every kind of block, in proportion")
                .author("Jane Doe", "Senior Fellow").author("Kim Min-jun", "Fellow")
                .date(java.time.LocalDate.of(2026, 3, 15)).programLabel("Energy Program")
                .organization(org.briefkit.model.Organization.of("Example Institute")).keywords("energy", "policy")
                .build();
        org.briefkit.model.DocumentBuilder b = Document.builder(meta);
        b.summary(org.briefkit.model.Paragraph.of(words(random, 60)));
        org.briefkit.model.Image chart = png(600, 300);
        for (int s = 0; s < sections; s++) {
            b.add(new org.briefkit.model.Heading(1, org.briefkit.model.Attr.id("sec-" + s),
                    List.of(new org.briefkit.model.Text("Section " + s + ": " + words(random, 3)))));
            for (int k = 0; k < 2 + random.nextInt(3); k++) {
                b.add(paragraph(random, s * 10 + k));
            }
            switch (s % 6) {
                case 0 -> b.add(new org.briefkit.model.BulletList(List.of(
                        org.briefkit.model.ListItem.of(words(random, 20)),
                        org.briefkit.model.ListItem.of(org.briefkit.model.Paragraph.of(words(random, 12)),
                                new org.briefkit.model.OrderedList(3, org.briefkit.model.NumberStyle.LOWER_ROMAN,
                                        List.of(org.briefkit.model.ListItem.of(words(random, 8)),
                                                org.briefkit.model.ListItem.of(words(random, 30))))),
                        org.briefkit.model.ListItem.of(words(random, 5)))));
                case 1 -> {
                    b.quote(words(random, 50), "Jane Doe, senior fellow");
                    b.pullQuote(words(random, 14), "Kim Min-jun");
                }
                case 2 -> b.add(new org.briefkit.model.Callout(org.briefkit.model.Attr.classes("takeaways"),
                        List.of(new org.briefkit.model.Text("Key takeaways")),
                        List.of(org.briefkit.model.Paragraph.of(words(random, 40)),
                                org.briefkit.model.OrderedList.of(org.briefkit.model.ListItem.of(words(random, 10)),
                                        org.briefkit.model.ListItem.of(words(random, 14))))));
                case 3 -> {
                    List<org.briefkit.model.TableRow> rows = new ArrayList<>();
                    for (int r = 0; r < 4 + random.nextInt(12); r++) {
                        rows.add(org.briefkit.model.TableRow.of("Item " + r, words(random, 2 + random.nextInt(14)),
                                Integer.toString(random.nextInt(100_000))));
                    }
                    b.add(new org.briefkit.model.Table(org.briefkit.model.Attr.id("table-" + s),
                            List.of(new org.briefkit.model.Text("Table " + s + ". Figures")),
                            List.of(org.briefkit.model.TableColumn.of(org.briefkit.model.Alignment.LEFT),
                                    org.briefkit.model.TableColumn.of(org.briefkit.model.Alignment.LEFT),
                                    org.briefkit.model.TableColumn.of(org.briefkit.model.Alignment.RIGHT)),
                            List.of(org.briefkit.model.TableRow.of("Item", "Description", "Amount")), rows));
                }
                case 4 -> {
                    b.add(new org.briefkit.model.Figure(org.briefkit.model.Attr.id("fig-" + s), chart,
                            "A bar chart of eight values", List.of(new org.briefkit.model.Text("Figure " + s + ". "
                                    + words(random, 8))), List.of(new org.briefkit.model.Text("Source: Example Institute."))));
                    b.code("for (int i = 0; i < n; i++) {\n    total += values[i]; // " + words(random, 14)
                            + "\n}");
                }
                default -> {
                    b.add(new org.briefkit.model.ThematicBreak());
                    b.add(new org.briefkit.model.Div(org.briefkit.model.Attr.classes("center"),
                            List.of(org.briefkit.model.Paragraph.of(words(random, 12)))));
                    b.add(org.briefkit.model.Paragraph.of(new org.briefkit.model.Text("See "),
                            org.briefkit.model.Link.to("#sec-0", "section 0"), new org.briefkit.model.Text(" and "),
                            org.briefkit.model.Link.to("https://example.org/report", "the full report"),
                            new org.briefkit.model.Text(".")));
                }
            }
        }
        b.appendix(org.briefkit.model.Heading.of(1, "Appendix"), org.briefkit.model.Paragraph.of(words(random, 80)));
        return b.build();
    }

    private static org.briefkit.model.Paragraph paragraph(Random random, int n) {
        List<org.briefkit.model.Inline> content = new ArrayList<>();
        content.add(new org.briefkit.model.Text(words(random, 10 + random.nextInt(60)) + " "));
        switch (n % 5) {
            case 0 -> content.add(org.briefkit.model.Emphasis.of(words(random, 4)));
            case 1 -> content.add(org.briefkit.model.Strong.of(words(random, 3)));
            case 2 -> content.add(new org.briefkit.model.Text("서울 한국어 보고서 "));
            case 3 -> content.add(org.briefkit.model.Code.of("Renderer.render()"));
            default -> content.add(org.briefkit.model.SmallCaps.of("Example Institute"));
        }
        if (n % 3 == 0) {
            content.add(org.briefkit.model.Note.of(words(random, 8 + random.nextInt(30))));
        }
        content.add(new org.briefkit.model.Text(" " + words(random, 10 + random.nextInt(80))));
        return new org.briefkit.model.Paragraph(content);
    }

    /** @return every glyph run of a page's content (not its running heads) */
    public static List<GlyphRun> runs(Page page) {
        List<GlyphRun> out = new ArrayList<>();
        for (Box b : page.boxes()) {
            if (b instanceof GlyphRun r) {
                out.add(r);
            }
        }
        return out;
    }

    /** @return a page's content text, runs joined in drawing order */
    public static String text(Page page) {
        StringBuilder out = new StringBuilder();
        for (GlyphRun r : runs(page)) {
            out.append(r.text()).append(' ');
        }
        return out.toString();
    }

    /**
     * @return a page's content text as written: capitals drawn for lower case read as written, a
     *         word hyphenated at a line's end is whole again, runs are joined by single spaces
     *         unless one ends where the next starts on the same line
     */
    public static String written(Page page) {
        StringBuilder out = new StringBuilder();
        boolean join = false;
        GlyphRun previous = null;
        for (GlyphRun r : runs(page)) {
            if ("\u00AD".equals(r.actualText())) {
                join = true;
                continue;
            }
            boolean touching = previous != null && Math.abs(previous.y() - r.y()) < 0.01f
                    && Math.abs(r.x() - previous.right()) < 0.3f;
            if (!join && !touching && out.length() > 0) {
                out.append(' ');
            }
            join = false;
            out.append(r.actualText() != null ? r.actualText() : r.text());
            previous = r;
        }
        return out.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }
}
