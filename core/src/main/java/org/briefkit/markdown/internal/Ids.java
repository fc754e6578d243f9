package org.briefkit.markdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ids of one document: those the author gave, those made for headings, and the internal links
 * that point at them, each with its offset, so that a repeated id or a link to nowhere is reported
 * where it is written.
 *
 * <p>Headings without an id get one made from their text the way pandoc makes it: formatting,
 * links and notes dropped; typographic dashes back to {@code --} and {@code ---}; letters lower-cased;
 * spaces become hyphens; anything but letters,
 * digits, {@code _}, {@code -} and {@code .} removed; everything before the first letter removed;
 * {@code section} if nothing is left. A made id that is already taken, by any id the author wrote
 * anywhere in the document or by an earlier heading, gets {@code -1}, {@code -2}, ... appended.
 */
final class Ids {
    private final Source source;
    private final Set<String> written;
    private final Map<String, Integer> defined = new HashMap<>();
    private final Set<String> made = new HashSet<>();
    private final Map<String, Integer> lastSuffix = new HashMap<>();
    private final List<Map.Entry<String, Integer>> links = new ArrayList<>();

    /**
     * @param source  the text, for messages
     * @param written every id the author wrote in the document, found before conversion
     */
    Ids(Source source, Set<String> written) {
        this.source = source;
        this.written = written;
    }

    /**
     * Records an id on an element that will be in the document.
     *
     * @param id     the id; "" records nothing
     * @param offset where the element is
     * @throws org.briefkit.markdown.MarkdownException when the id is already used
     */
    void define(String id, int offset) {
        if (id.isEmpty()) {
            return;
        }
        Integer earlier = defined.putIfAbsent(id, offset);
        if (earlier != null) {
            throw source.error(offset, earlier == offset
                    ? "id '" + id + "' is in a footnote that is referenced more than once, so it would appear twice;"
                            + " give the id to something outside the footnote"
                    : "id '" + id + "' is already used on line " + source.line(earlier) + "; ids must be unique");
        }
    }

    /** @param id an id whose element was left out of the document (a heading that became the title) */
    void forget(String id) {
        defined.remove(id);
    }

    /**
     * @param text a heading's plain text
     * @return a new id made from it, used by nothing else
     */
    String makeFor(String text) {
        String base = slug(text);
        // Numbering resumes where this base's last id stopped: a thousand headings with the same
        // text cost a thousand checks, not half a million.
        int n = lastSuffix.getOrDefault(base, 0);
        String id = n == 0 ? base : base + "-" + n;
        while (written.contains(id) || made.contains(id) || defined.containsKey(id)) {
            id = base + "-" + ++n;
        }
        lastSuffix.put(base, n);
        made.add(id);
        return id;
    }

    /**
     * @param id     the id an internal link points at
     * @param offset where the link is
     */
    void linkTo(String id, int offset) {
        links.add(Map.entry(id, offset));
    }

    /** @throws org.briefkit.markdown.MarkdownException at the first internal link to an id no element has */
    void checkLinks() {
        for (Map.Entry<String, Integer> link : links) {
            if (!defined.containsKey(link.getKey())) {
                throw source.error(link.getValue(), "link to '#" + link.getKey() + "' points to nothing: no heading,"
                        + " figure, table, div or span has the id '" + link.getKey() + "'"
                        + Suggest.didYouMean(link.getKey(), defined.keySet()));
            }
        }
    }

    /** pandoc's identifier for a heading's text; see the class comment. */
    static String slug(String text) {
        StringBuilder out = new StringBuilder();
        // Dashes made typographic from "--" and "---" count as what was typed, as in pandoc's ids.
        text.replace("—", "---").replace("–", "--").codePoints().forEach(c -> {
            if (Character.isWhitespace(c)) {
                out.append('-');
            } else {
                int lower = Character.toLowerCase(c);
                if (Character.isLetterOrDigit(lower) || lower == '_' || lower == '-' || lower == '.') {
                    out.appendCodePoint(lower);
                }
            }
        });
        int first = 0;
        while (first < out.length() && !Character.isLetter(out.codePointAt(first))) {
            first += Character.charCount(out.codePointAt(first));
        }
        String id = out.substring(first).toLowerCase(Locale.ROOT);
        return id.isEmpty() ? "section" : id;
    }
}
