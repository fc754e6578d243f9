package org.briefkit.pdf.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.briefkit.pdf.internal.font.FontFace;

/**
 * Sets the lines the breaker chose: gathers each line's boxes and spaces into runs of one face
 * and style, measures them exactly as they will be drawn, and spreads the line's slack over its
 * spaces (justified) or places the line flush left, centred or flush right. Glue and penalties
 * at the start of a line are dropped, as TeX drops them; a line broken at a hyphenation point
 * ends with a hyphen, marked as a soft hyphen for text extraction.
 */
public final class LineSetter {
    /** How a paragraph's lines sit in the measure. */
    public enum Align {
        /** Both edges flush, except a paragraph's last line and lines ended by a forced break. */
        JUSTIFY,
        /** Flush left, ragged right. */
        LEFT,
        /** Centred. */
        CENTER,
        /** Flush right, ragged left. */
        RIGHT
    }

    private LineSetter() {
    }

    /**
     * @param text   the paragraph
     * @param items  its items
     * @param breaks the breaks chosen
     * @param widths the line widths
     * @param align  how lines sit in the measure
     * @return the lines, in order
     */
    public static List<SetLine> set(StyledText text, Items items, int[] breaks, LineBreaker.LineWidths widths,
            Align align) {
        List<SetLine> lines = new ArrayList<>(breaks.length);
        int from = 0;
        for (int k = 0; k < breaks.length; k++) {
            int b = breaks[k];
            SetLine line = line(text, items, from, b, widths.width(k), align, k == breaks.length - 1);
            if (line != null) {
                lines.add(line);
            }
            from = b + 1;
        }
        return lines;
    }

    private static final class Piece {
        final FontFace face;
        final int span;
        final StringBuilder drawn = new StringBuilder();
        final StringBuilder written = new StringBuilder();
        final int start;
        String actual;

        Piece(FontFace face, int span, int start) {
            this.face = face;
            this.span = span;
            this.start = start;
        }
    }

    private static SetLine line(StyledText text, Items items, int from, int b, float measure, Align align,
            boolean last) {
        while (from < b && items.type(from) != Items.BOX) {
            from++;
        }
        List<Piece> pieces = new ArrayList<>();
        String chars = text.text();
        String original = text.original();
        boolean plain = text.plain();
        int start = -1;
        int end = -1;
        for (int i = from; i < b; i++) {
            if (items.type(i) == Items.PENALTY || items.start(i) < 0) {
                continue;
            }
            int s = items.start(i);
            int e = items.end(i);
            boolean glue = items.type(i) == Items.GLUE;
            char space = glue && (chars.charAt(s) == '\u00A0' || chars.charAt(s) == '\u202F') ? '\u00A0' : ' ';
            if (start < 0) {
                start = s;
            }
            end = e;
            Piece last0 = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            int span = items.span(i);
            if (last0 == null || last0.face != items.face(i) || !sameLook(text, last0.span, span)) {
                last0 = new Piece(items.face(i), span, s);
                pieces.add(last0);
            }
            if (glue) {
                last0.drawn.append(space);
                last0.written.append(space);
            } else {
                last0.drawn.append(chars, s, e);
                if (!plain) {
                    last0.written.append(original, s, e);
                }
            }
        }
        boolean hyphenated = items.type(b) == Items.PENALTY && items.flagged(b) && items.width(b) > 0;
        if (hyphenated && !pieces.isEmpty()) {
            Piece hyphen = new Piece(items.face(b), items.span(b), end);
            hyphen.drawn.append('-');
            hyphen.written.append('-');
            hyphen.actual = "\u00AD";
            pieces.add(hyphen);
        }
        boolean forced = items.type(b) == Items.PENALTY && items.penalty(b) <= -Items.INFINITY;
        if (pieces.isEmpty()) {
            if (!last && !forced) {
                return null;
            }
            // an empty line before a forced break still takes its place
            start = end = from < items.size() && items.start(from) >= 0 ? items.start(from) : 0;
        }
        float natural = 0;
        int spaces = 0;
        float[] widths = new float[pieces.size()];
        int[] spaceCounts = new int[pieces.size()];
        for (int p = 0; p < pieces.size(); p++) {
            Piece piece = pieces.get(p);
            TextStyle style = text.style(piece.span);
            widths[p] = piece.face.advance(piece.drawn) * style.size() / 1000f;
            natural += widths[p];
            int count = 0;
            for (int c = 0; c < piece.drawn.length(); c++) {
                if (FontFace.isStretchableSpace(piece.drawn.charAt(c))) {
                    count++;
                }
            }
            // spaces at the line's edges do not stretch
            spaceCounts[p] = count;
            spaces += count;
        }
        float slack = measure - natural;
        float wordSpacing = 0;
        float offset = 0;
        if (slack < 0 && spaces > 0) {
            wordSpacing = slack / spaces; // a last line may need its spaces shrunk, as the breaker allowed
        }
        switch (align) {
            case JUSTIFY -> {
                if (!forced && spaces > 0) {
                    wordSpacing = slack / spaces;
                }
            }
            case CENTER -> offset = Math.max(0, slack / 2);
            case RIGHT -> offset = Math.max(0, slack);
            default -> {
            }
        }
        List<SetLine.Run> runs = new ArrayList<>(pieces.size());
        List<SetLine.LinkSpan> links = new ArrayList<>();
        float ascent = 0;
        float descent = 0;
        float x = offset;
        int[] runStarts = new int[pieces.size()];
        float[] runXs = new float[pieces.size()];
        for (int p = 0; p < pieces.size(); p++) {
            Piece piece = pieces.get(p);
            TextStyle style = text.style(piece.span);
            String drawn = piece.drawn.toString();
            String actual = piece.actual;
            if (actual == null && !plain) {
                String written = piece.written.toString();
                actual = written.equals(drawn) ? null : written;
            }
            float w = widths[p] + spaceCounts[p] * wordSpacing;
            String link = text.link(piece.span);
            runs.add(new SetLine.Run(piece.face, style, x, drawn, wordSpacing, w, actual, link));
            runStarts[p] = piece.start;
            runXs[p] = x;
            if (link != null) {
                SetLine.LinkSpan previous = links.isEmpty() ? null : links.get(links.size() - 1);
                if (previous != null && previous.target().equals(link)
                        && Math.abs(previous.x() + previous.width() - x) < 0.01f) {
                    links.set(links.size() - 1, new SetLine.LinkSpan(link, previous.x(), previous.width() + w));
                } else {
                    links.add(new SetLine.LinkSpan(link, x, w));
                }
            }
            ascent = Math.max(ascent, piece.face.ascent() * style.size() / 1000f + style.rise());
            descent = Math.max(descent, piece.face.descent() * style.size() / 1000f - style.rise());
            x += w;
        }
        List<StyledText.NoteRef> notes = new ArrayList<>();
        for (StyledText.NoteRef ref : text.notes()) {
            if (ref.offset() >= start && ref.offset() < Math.max(end, start + 1)) {
                notes.add(ref);
            }
        }
        List<SetLine.PlacedAnchor> anchors = new ArrayList<>();
        for (StyledText.Anchor a : text.anchors()) {
            boolean inLine = a.offset() >= start && (a.offset() < end || (last && a.offset() <= end))
                    || (start == end && a.offset() == start);
            if (inLine) {
                float ax = offset;
                for (int p = 0; p < runStarts.length; p++) {
                    if (runStarts[p] <= a.offset()) {
                        ax = runXs[p];
                    }
                }
                anchors.add(new SetLine.PlacedAnchor(a.id(), ax));
            }
        }
        return new SetLine(List.copyOf(runs), measure, natural, ascent, descent, List.copyOf(notes),
                List.copyOf(anchors), List.copyOf(links), start, end, hyphenated, last);
    }

    private static boolean sameLook(StyledText text, int a, int b) {
        return a == b || (text.style(a).equals(text.style(b)) && Objects.equals(text.link(a), text.link(b)));
    }
}
