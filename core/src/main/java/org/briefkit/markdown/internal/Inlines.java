package org.briefkit.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Attr;
import org.briefkit.model.Inline;
import org.briefkit.model.Text;

/** Small operations on lists of inlines that several converters share. */
final class Inlines {
    private static final String DASHES = "—―–-";

    private Inlines() {
    }

    /**
     * @param raw text from the parser
     * @return a Text of it, with forbidden characters replaced and stray line feeds (from
     *         entities such as {@code &#10;}) made spaces: only {@link org.briefkit.model.LineBreak}
     *         breaks a line
     */
    static Text text(String raw) {
        return new Text(TextCleaner.replaceControls(raw).replace('\n', ' '));
    }

    /** @param inlines inlines; @return them with neighbouring texts joined into one, and empty texts dropped */
    static List<Inline> merge(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines.size());
        StringBuilder pending = null;
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                pending = pending == null ? new StringBuilder(t.text()) : pending.append(t.text());
            } else {
                flush(pending, out);
                pending = null;
                out.add(inline);
            }
        }
        flush(pending, out);
        return out;
    }

    /** @param inlines inlines; @return them without white space at the start and end */
    static List<Inline> strip(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(merge(inlines));
        if (!out.isEmpty() && out.get(0) instanceof Text first) {
            replace(out, 0, first.text().stripLeading());
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text last) {
            replace(out, out.size() - 1, last.text().stripTrailing());
        }
        return out;
    }

    /**
     * @param inlines inlines that begin with a dash ("— Jane Doe")
     * @return them without the dash and the space after it
     */
    static List<Inline> withoutLeadingDash(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(strip(inlines));
        if (!out.isEmpty() && out.get(0) instanceof Text first) {
            String text = first.text();
            int i = 0;
            while (i < text.length() && DASHES.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            replace(out, 0, text.substring(i).stripLeading());
        }
        return strip(out);
    }

    /**
     * @param text a paragraph's source text
     * @return whether it begins with a dash that marks an attribution: {@code —}, {@code ―} or
     *         {@code --}
     */
    static boolean startsWithAttributionDash(String text) {
        String start = text.stripLeading();
        return start.startsWith("—") || start.startsWith("―") || start.startsWith("--");
    }

    /**
     * Text with attributes at its end, as headings and table captions have: {@code Results {#res}}.
     *
     * @param content the inlines before the attributes
     * @param attr    the attributes, or {@link Attr#EMPTY}
     */
    record Trailing(List<Inline> content, Attr attr) {
    }

    /**
     * @param inlines a heading's or caption's inlines
     * @return them split into content and the {@code {...}} attributes at their end, if any
     * @throws Problem when the end starts like attributes, with an id or a class, but does not parse
     */
    static Trailing trailingAttributes(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(strip(inlines));
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text last && last.text().endsWith("}")) {
            String text = last.text();
            int brace = text.lastIndexOf('{');
            String candidate = brace < 0 ? "" : text.substring(brace);
            if (brace >= 0 && (AttrParser.isAttributes(candidate) || AttrParser.looksLikeAttributes(candidate))) {
                Attr attr = AttrParser.parse(candidate);
                replace(out, out.size() - 1, text.substring(0, brace));
                return new Trailing(strip(out), attr);
            }
        }
        return new Trailing(out, Attr.EMPTY);
    }

    private static void replace(List<Inline> list, int index, String text) {
        if (text.isEmpty()) {
            list.remove(index);
        } else {
            list.set(index, new Text(text));
        }
    }

    private static void flush(StringBuilder pending, List<Inline> out) {
        if (pending != null && pending.length() > 0) {
            out.add(new Text(pending.toString()));
        }
    }
}
