package org.briefkit.compose;

import java.util.List;
import java.util.Map;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;

/**
 * Fills a running header or footer template ({@link org.briefkit.theme.RunningText}) with a
 * document's facts. Page numbers are known to the PDF after layout; the DOCX asks Word for them
 * with PAGE and NUMPAGES fields, so it expands the other placeholders here and the page ones
 * itself.
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
        String out = template;
        for (Map.Entry<String, String> fact : List.of(
                Map.entry("{title}", meta.runningTitle()),
                Map.entry("{organization}", meta.organization().map(Organization::name).orElse("")),
                Map.entry("{program}", meta.programLabel()),
                Map.entry("{date}", meta.date().map(Wording::date).orElse("")))) {
            out = out.replace(fact.getKey(), fact.getValue());
        }
        return out.strip();
    }

    /**
     * @param template a slot of a running header or footer
     * @param meta     the document's metadata
     * @param page     this page's number
     * @param pages    the number of pages
     * @return the slot's text for that page
     */
    public static String expand(String template, Metadata meta, int page, int pages) {
        return expandFacts(template, meta).replace(PAGE, Integer.toString(page)).replace(PAGES, Integer.toString(pages));
    }
}
