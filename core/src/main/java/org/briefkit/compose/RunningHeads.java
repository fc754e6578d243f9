package org.briefkit.compose;

import java.util.HashMap;
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
