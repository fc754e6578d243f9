package org.briefkit.pdf.internal.text;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.briefkit.pdf.internal.font.FontFace;
import org.briefkit.pdf.internal.font.FontSet;

/**
 * Turns styled text into Knuth-Plass {@link Items}: words become boxes measured with the real
 * font metrics (one box per run of one face and style), spaces become glue, and every legal
 * break that is not a space (after a hyphen or a dash, between ideographs) becomes a penalty.
 * Legal breaks are Unicode's line-breaking opportunities as {@link BreakIterator} finds them for
 * the language, except after a separator or apostrophe inside a number or word ("8:30", "p.m.").
 * Hyphenation points become flagged penalties carrying the hyphen's width; a word
 * wider than the narrowest line also gets emergency break points between its characters, so it
 * can never overflow the measure.
 */
public final class ParagraphItems {
    /** TeX's \hyphenpenalty and \exhyphenpenalty. */
    static final int HYPHEN_PENALTY = 50;
    private static final int MIN_WORD = 5;

    /**
     * What the builder needs besides the text.
     *
     * @param fonts       the render's fonts
     * @param hyphenation where words may break
     * @param language    for line-break opportunities
     * @param justified   whether spaces stretch and shrink (otherwise they keep their width)
     * @param narrowest   the narrowest line, below which a word must be broken
     * @param where       describes the block, for reports of missing glyphs
     */
    public record Settings(FontSet fonts, Hyphenation hyphenation, Locale language, boolean justified,
            float narrowest, Supplier<String> where) {
        /** @return these settings with no hyphenation */
        public Settings withoutHyphenation() {
            return new Settings(fonts, Hyphenation.NONE, language, justified, narrowest, where);
        }
    }

    private final StyledText text;
    private final Settings settings;
    private final Items items = new Items();
    private final String chars;
    /** The hyphenation points of the stretch being built, reused from stretch to stretch. */
    private int[] hyphens = new int[8];

    private ParagraphItems(StyledText text, Settings settings) {
        this.text = text;
        this.settings = settings;
        this.chars = text.text();
    }

    /**
     * @param text     the paragraph
     * @param settings fonts, hyphenation, language and mode
     * @return its items, ending with the paragraph's fill and forced break
     */
    public static Items build(StyledText text, Settings settings) {
        ParagraphItems b = new ParagraphItems(text, settings);
        b.build();
        return b.items;
    }

    private void build() {
        BreakIterator lines = BreakIterator.getLineInstance(settings.language());
        lines.setText(chars);
        int start = lines.first();
        int end = lines.next();
        while (end != BreakIterator.DONE) {
            if (end < chars.length() && insideWord(end)) {
                end = lines.next();
                continue;
            }
            segment(start, end, end == chars.length());
            start = end;
            end = lines.next();
        }
        items.finish();
    }

    /**
     * Whether a break the JDK offers falls after an infix separator or an apostrophe inside a word
     * or number: "8:30", "1,000", "p.m.", "people's" (Unicode's rules LB19, LB25 and LB29 keep
     * these whole; the JDK's iterator breaks after the colon, after a full stop before a letter,
     * and after a straight apostrophe).
     */
    private boolean insideWord(int at) {
        if (at < 2) {
            return false;
        }
        char before = chars.charAt(at - 1);
        return (before == ':' || before == ',' || before == '.' || before == '\'' || before == '\u2019')
                && Character.isLetterOrDigit(chars.charAt(at)) && Character.isLetterOrDigit(chars.charAt(at - 2));
    }

    /** One stretch between break opportunities: content, then perhaps spaces or a forced break. */
    private void segment(int start, int end, boolean last) {
        int contentEnd = end;
        while (contentEnd > start && chars.charAt(contentEnd - 1) == ' ') {
            contentEnd--;
        }
        boolean forced = contentEnd > start && (chars.charAt(contentEnd - 1) == StyledText.LINE_BREAK
                || chars.charAt(contentEnd - 1) == '\u2029');
        int wordEnd = forced ? contentEnd - 1 : contentEnd;
        content(start, wordEnd);
        if (forced) {
            items.penalty(0, Items.INFINITY, false);
            items.glue(0, Items.FILL, 0);
            items.penalty(0, -Items.INFINITY, false);
            return;
        }
        if (contentEnd < end && wordEnd == start && (start == 0 || chars.charAt(start - 1) == StyledText.LINE_BREAK)) {
            boxes(start, end); // spaces that start a line are kept (code's indentation)
        } else if (contentEnd < end) {
            space(contentEnd, end);
        } else if (!last && wordEnd > start) {
            int c = chars.codePointBefore(wordEnd);
            boolean hyphen = c == '-' || c == '\u2010' || c == '\u00AD';
            items.penalty(0, hyphen ? HYPHEN_PENALTY : 0, hyphen, text.spanAt(wordEnd - 1), null);
        }
    }

    private void space(int from, int to) {
        int span = text.spanAt(from);
        TextStyle style = text.style(span);
        FontFace face = settings.fonts().face(style.family(), style.face());
        float w = face.advance(' ') * style.size() / 1000f * (to - from);
        if (settings.justified()) {
            items.glue(w, w / 2, w / 3, from, to, span, face);
        } else {
            items.glue(w, 0, 0, from, to, span, face);
        }
    }

    /** Words and non-breaking spaces between two break opportunities. */
    private void content(int from, int to) {
        if (from >= to) {
            return;
        }
        int hyphenCount = hyphenPoints(from, to);
        int[] hyphens = this.hyphens;
        int first = items.size();
        int h = 0;
        int i = from;
        while (i < to) {
            int c = chars.codePointAt(i);
            if (c == '\u00A0' || c == '\u202F') {
                items.penalty(0, Items.INFINITY, false);
                space(i, i + 1);
                i++;
                continue;
            }
            if (c == '\u00AD' || c == '\u200B') {
                // soft hyphen: a hyphenation point; zero width space: a plain break point
                int span = text.spanAt(i);
                if (c == '\u00AD') {
                    hyphenPenalty(span);
                } else {
                    items.penalty(0, 0, false);
                }
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < to) {
                int d = chars.codePointAt(runEnd);
                if (d == '\u00A0' || d == '\u202F' || d == '\u00AD' || d == '\u200B') {
                    break;
                }
                runEnd += Character.charCount(d);
            }
            while (h < hyphenCount && hyphens[h] <= i) {
                h++;
            }
            int pos = i;
            while (pos < runEnd) {
                int cut = runEnd;
                boolean hyphenHere = false;
                if (h < hyphenCount && hyphens[h] < runEnd) {
                    cut = hyphens[h];
                    hyphenHere = true;
                    h++;
                }
                boxes(pos, cut);
                if (hyphenHere) {
                    hyphenPenalty(text.spanAt(cut - 1));
                }
                pos = cut;
            }
            i = runEnd;
        }
        emergencySplits(first, from, to);
    }

    /** Boxes for {@code [from, to)}: one per style span and face. */
    private void boxes(int from, int to) {
        int pos = from;
        while (pos < to) {
            int span = text.spanAt(pos);
            int spanEnd = Math.min(to, text.end(span));
            TextStyle style = text.style(span);
            settings.fonts().segment(chars, pos, spanEnd, style.family(), style.face(), settings.where(),
                    (s, e, face) -> items.box(face.advance(chars, s, e) * style.size() / 1000f, s, e, span, face));
            pos = spanEnd;
        }
    }

    private void hyphenPenalty(int span) {
        TextStyle style = text.style(span);
        FontFace face = settings.fonts().face(style.family(), style.face());
        float w = face.advance('-') * style.size() / 1000f;
        items.penalty(w, HYPHEN_PENALTY, true, span, face);
    }

    /**
     * @return how many hyphenation points {@code chars[from, to)} has; they are in
     *         {@link #hyphens}, ascending
     */
    private int hyphenPoints(int from, int to) {
        if (settings.hyphenation() == Hyphenation.NONE) {
            return 0;
        }
        int[] out = hyphens;
        int count = 0;
        int i = from;
        while (i < to) {
            if (!Character.isLetter(chars.codePointAt(i))) {
                i += Character.charCount(chars.codePointAt(i));
                continue;
            }
            int j = i;
            boolean allowed = true;
            int span = text.spanAt(i);
            int spanEnd = text.end(span);
            while (j < to) {
                int c = chars.codePointAt(j);
                if (!Character.isLetter(c)) {
                    break;
                }
                if (j >= spanEnd) {
                    span = text.spanAt(j);
                    spanEnd = text.end(span);
                }
                if (!text.style(span).hyphenate()) {
                    allowed = false;
                }
                j += Character.charCount(c);
            }
            if (allowed && j - i >= MIN_WORD && !allUpperCase(i, j)) {
                String word = text.original().substring(i, j);
                for (int p : settings.hyphenation().points(word)) {
                    if (p > 0 && p < j - i) {
                        if (count == out.length) {
                            out = Arrays.copyOf(out, count * 2);
                        }
                        out[count++] = i + p;
                    }
                }
            }
            i = j;
        }
        hyphens = out;
        Arrays.sort(out, 0, count);
        return count;
    }

    /** @return whether every character of {@code chars[from, to)} is an upper-case letter (an acronym) */
    private boolean allUpperCase(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(chars.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * When the boxes of one unbreakable stretch (from item {@code first} on) are wider than the
     * narrowest line, replaces them with boxes of one character cluster each, separated by
     * emergency penalties, so the last pass of the breaker can break anywhere.
     */
    private void emergencySplits(int first, int from, int to) {
        float width = 0;
        float widest = 0;
        for (int k = first; k < items.size(); k++) {
            if (items.type(k) == Items.BOX) {
                width += items.width(k);
            } else if (items.type(k) == Items.PENALTY && items.penalty(k) < Items.INFINITY) {
                widest = Math.max(widest, width);
                width = 0;
            }
        }
        widest = Math.max(widest, width);
        if (widest <= settings.narrowest() + 0.01f || settings.narrowest() <= 0) {
            return;
        }
        Items kept = copyTail(first);
        truncate(first);
        BreakIterator clusters = BreakIterator.getCharacterInstance(settings.language());
        clusters.setText(chars);
        for (int k = 0; k < kept.size(); k++) {
            if (kept.type(k) != Items.BOX || kept.start(k) < 0) {
                copy(kept, k);
                continue;
            }
            int s = kept.start(k);
            int e = kept.end(k);
            TextStyle style = text.style(kept.span(k));
            FontFace face = kept.face(k);
            int a = s;
            while (a < e) {
                int b = clusters.following(a);
                if (b == BreakIterator.DONE || b > e) {
                    b = e;
                }
                items.box(face.advance(chars, a, b) * style.size() / 1000f, a, b, kept.span(k), face);
                a = b;
                if (a < e) {
                    items.penalty(0, LineBreaker.EMERGENCY, false);
                }
            }
            if (k + 1 < kept.size() && kept.type(k + 1) == Items.BOX) {
                items.penalty(0, LineBreaker.EMERGENCY, false);
            }
        }
    }

    private Items copyTail(int first) {
        Items tail = new Items();
        for (int k = first; k < items.size(); k++) {
            switch (items.type(k)) {
                case Items.BOX -> tail.box(items.width(k), items.start(k), items.end(k), items.span(k), items.face(k));
                case Items.GLUE -> tail.glue(items.width(k), items.stretch(k), items.shrink(k), items.start(k),
                        items.end(k), items.span(k), items.face(k));
                default -> tail.penalty(items.width(k), items.penalty(k), items.flagged(k), items.span(k),
                        items.face(k));
            }
        }
        return tail;
    }

    private void copy(Items from, int k) {
        switch (from.type(k)) {
            case Items.BOX -> items.box(from.width(k), from.start(k), from.end(k), from.span(k), from.face(k));
            case Items.GLUE -> items.glue(from.width(k), from.stretch(k), from.shrink(k), from.start(k), from.end(k),
                    from.span(k), from.face(k));
            default -> items.penalty(from.width(k), from.penalty(k), from.flagged(k), from.span(k), from.face(k));
        }
    }

    private void truncate(int size) {
        items.truncate(size);
    }
}
