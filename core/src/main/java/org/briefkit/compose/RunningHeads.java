package org.briefkit.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;

/**
 * Fills a running header or footer template ({@link org.briefkit.theme.RunningText}) with a
 * document's facts. Page numbers are known to the PDF after layout; the DOCX asks Word for them
 * with PAGE and NUMPAGES fields, so it expands the other placeholders here and the page ones
 * itself. Expansion is a single pass: a title that contains braces is printed as written.
 */
public final class RunningHeads {
    /** The placeholder for the page number. */
    public static final String PAGE = "{page}";
    /** The placeholder for the page count. */
    public static final String PAGES = "{pages}";

    private RunningHeads() {
    }

    /**
     * Expands every placeholder but {@code {page}} and {@code {pages}}; unknown braces stay as written.
     *
     * @param template a slot of a running header or footer
     * @param meta     the document's metadata
     * @return the template with the document's facts in place
     */
    public static String expandFacts(String template, Metadata meta) {
        return fill(template, facts(meta)).strip();
    }

    /**
     * @param template a slot of a running header or footer
     * @param meta     the document's metadata
     * @param page     this page's number
     * @param pages    the number of pages
     * @return the slot's text for that page
     */
    public static String expand(String template, Metadata meta, int page, int pages) {
        Map<String, String> values = facts(meta);
        values.put(PAGE, Integer.toString(page));
        values.put(PAGES, Integer.toString(pages));
        return fill(template, values).strip();
    }

    /**
     * A slot split into text and page-number tokens, for writers that set page numbers as fields
     * (Word's PAGE and NUMPAGES): facts are filled in; a title that contains "{page}" stays text.
     *
     * @param template a slot of a running header or footer
     * @param meta     the document's metadata
     * @return the slot's pieces in order; adjacent text is one piece, and empty text is left out
     */
    public static List<Segment> segments(String template, Metadata meta) {
        Map<String, String> values = facts(meta);
        List<Segment> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                text.append(template, i, template.length());
                break;
            }
            String token = template.substring(open, close + 1);
            text.append(template, i, open);
            if (token.equals(PAGE) || token.equals(PAGES)) {
                flush(text, out);
                out.add(new Segment(token.equals(PAGE) ? Segment.Kind.PAGE : Segment.Kind.PAGES, ""));
            } else {
                text.append(values.getOrDefault(token, token));
            }
            i = close + 1;
        }
        flush(text, out);
        return List.copyOf(out);
    }

    private static void flush(StringBuilder text, List<Segment> out) {
        if (text.length() > 0) {
            out.add(new Segment(Segment.Kind.TEXT, text.toString()));
            text.setLength(0);
        }
    }

    /**
     * A piece of a running head.
     *
     * @param kind text, the page number or the page count
     * @param text the text, for {@link Kind#TEXT}; "" otherwise
     */
    public record Segment(Kind kind, String text) {
        /** What a piece is. */
        public enum Kind {
            /** Literal text, facts filled in. */
            TEXT,
            /** The current page's number. */
            PAGE,
            /** The number of pages. */
            PAGES
        }
    }

    private static Map<String, String> facts(Metadata meta) {
        Map<String, String> values = new HashMap<>();
        values.put("{title}", meta.runningTitle());
        values.put("{organization}", meta.organization().map(Organization::name).orElse(""));
        values.put("{program}", meta.programLabel());
        values.put("{date}", meta.date().map(Wording::date).orElse(""));
        return values;
    }

    private static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            String token = template.substring(open, close + 1);
            out.append(template, i, open).append(values.getOrDefault(token, token));
            i = close + 1;
        }
        return out.toString();
    }
}
