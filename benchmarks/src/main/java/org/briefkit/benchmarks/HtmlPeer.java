package org.briefkit.benchmarks;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.briefkit.theme.FontFamily;
import org.briefkit.theme.Theme;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The peer: how Java teams make a PDF from Markdown today, in the same JVM. flexmark (tables,
 * footnotes, strikethrough) renders HTML; jsoup turns it into a W3C DOM; openhtmltopdf lays it
 * out and PDFBox writes it. A style sheet of a dozen rules gives it the theme's page, margins,
 * fonts (the same Liberation files, embedded and subset, as Briefkit embeds them) and sizes,
 * justified body text and a page number in the footer. A YAML front-matter block is cut off
 * first, as flexmark has no use for it. Images are found relative to the Markdown's folder.
 */
final class HtmlPeer {
    private static final Parser PARSER;
    private static final HtmlRenderer HTML;

    static {
        XRLog.setLoggingEnabled(false);
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create()));
        PARSER = Parser.builder(options).build();
        HTML = HtmlRenderer.builder(options).build();
    }

    private final Theme theme;
    private final String css;
    private final List<Face> faces;

    private record Face(byte[] bytes, String family, int weight, FontStyle style) {
    }

    HtmlPeer(Theme theme) {
        this.theme = theme;
        this.faces = List.of(face(theme.fonts().body(), "Body"), face(theme.fonts().heading(), "Heading"),
                face(theme.fonts().mono(), "Mono")).stream().flatMap(List::stream).toList();
        this.css = String.format(Locale.ROOT, """
                @page { size: %.1fpt %.1fpt; margin: %.1fpt %.1fpt %.1fpt %.1fpt;
                        @bottom-center { content: counter(page); font-family: Body; font-size: 9pt; } }
                body { font-family: Body; font-size: %.1fpt; line-height: %.2f; text-align: justify; }
                p, ul, ol, blockquote, table, pre { margin: 0 0 %.1fpt 0; }
                h1, h2, h3, h4, h5, h6 { font-family: Heading; font-weight: bold; text-align: left;
                        page-break-after: avoid; margin: 1em 0 0.4em 0; }
                h1 { font-size: %.1fpt; } h2 { font-size: %.1fpt; } h3 { font-size: %.1fpt; }
                code, pre { font-family: Mono; font-size: %.1fpt; }
                pre { white-space: pre-wrap; text-align: left; }
                table { border-collapse: collapse; width: 100%%; font-size: %.1fpt; }
                th, td { border-top: 0.5pt solid #888; padding: 2pt 4pt; text-align: left; }
                tr { page-break-inside: avoid; }
                img { max-width: 100%%; }
                """, theme.pageSize().width(), theme.pageSize().height(), theme.margins().top(),
                theme.margins().right(1), theme.margins().bottom(), theme.margins().left(1), theme.type().body(),
                theme.type().lineHeight(), theme.type().paragraphGap(), theme.type().heading(1),
                theme.type().heading(2), theme.type().heading(3), theme.type().code(), theme.type().caption());
    }

    private static List<Face> face(FontFamily family, String name) {
        return List.of(new Face(family.file(org.briefkit.theme.FontStyle.REGULAR).readAllBytes(), name, 400,
                        FontStyle.NORMAL),
                new Face(family.file(org.briefkit.theme.FontStyle.BOLD).readAllBytes(), name, 700, FontStyle.NORMAL),
                new Face(family.file(org.briefkit.theme.FontStyle.ITALIC).readAllBytes(), name, 400,
                        FontStyle.ITALIC),
                new Face(family.file(org.briefkit.theme.FontStyle.BOLD_ITALIC).readAllBytes(), name, 700,
                        FontStyle.ITALIC));
    }

    /**
     * @param markdown the Markdown
     * @param baseDir  the folder its images are in, or null
     * @param out      where the PDF goes
     */
    void render(String markdown, Path baseDir, OutputStream out) throws IOException {
        String body = HTML.render(PARSER.parse(withoutFrontMatter(markdown)));
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>" + css + "</style></head><body>"
                + body + "</body></html>";
        String base = baseDir == null ? "" : baseDir.toUri().toString();
        org.jsoup.nodes.Document parsed = Jsoup.parse(html, base);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (Face f : faces) {
            builder.useFont(() -> new ByteArrayInputStream(f.bytes()), f.family(), f.weight(), f.style(), true);
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(parsed), base);
        builder.toStream(out);
        builder.run();
    }

    /** @return the Markdown without a leading YAML block ("---" to "---" or "...") */
    static String withoutFrontMatter(String markdown) {
        if (!markdown.startsWith("---\n") && !markdown.startsWith("---\r\n")) {
            return markdown;
        }
        int from = markdown.indexOf('\n') + 1;
        while (from < markdown.length()) {
            int end = markdown.indexOf('\n', from);
            String line = (end < 0 ? markdown.substring(from) : markdown.substring(from, end)).strip();
            if (line.equals("---") || line.equals("...")) {
                return end < 0 ? "" : markdown.substring(end + 1);
            }
            if (end < 0) {
                break;
            }
            from = end + 1;
        }
        return markdown;
    }

    Theme theme() {
        return theme;
    }
}
