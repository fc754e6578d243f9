package org.briefkit.pdf.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Note;
import org.briefkit.render.FormatControls;

/**
 * A paragraph's characters with their styles: the text as it will be drawn (white space
 * collapsed, small capitals already capitalised, {@code U+2028} for a forced line break), the
 * text as written (for extraction where the two differ), styled spans, link targets, note
 * markers and anchors (ids of spans and links), each at an offset.
 */
public final class StyledText {
    /** The character that stands for a forced line break. */
    public static final char LINE_BREAK = '\u2028';

    private final String text;
    private final String original;
    private final int[] starts;
    private final TextStyle[] styles;
    private final String[] links;
    private final List<NoteRef> notes;
    private final List<Anchor> anchors;
    /** Whether the text as drawn is the text as written (no small capitals made). */
    private final boolean plain;

    /**
     * A note's marker in the text.
     *
     * @param offset where the marker starts
     * @param end    where it ends
     * @param number the note's number
     * @param note   the note
     */
    public record NoteRef(int offset, int end, int number, Note note) {
    }

    /**
     * An id placed in the text, the target of internal links.
     *
     * @param offset where it stands
     * @param id     the id
     */
    public record Anchor(int offset, String id) {
    }

    private StyledText(Builder b) {
        int length = b.text.length();
        while (length > 0 && (b.text.charAt(length - 1) == ' ' && !b.verbatim
                || b.text.charAt(length - 1) == LINE_BREAK)) {
            length--;
        }
        this.text = b.text.substring(0, length);
        this.original = b.original.substring(0, length);
        this.plain = text.equals(original);
        int n = 0;
        while (n < b.starts.size() && b.starts.get(n) < length) {
            n++;
        }
        starts = new int[n];
        styles = new TextStyle[n];
        links = new String[n];
        for (int i = 0; i < n; i++) {
            starts[i] = b.starts.get(i);
            styles[i] = b.styles.get(i);
            links[i] = b.links.get(i);
        }
        notes = List.copyOf(b.notes);
        int kept = length;
        anchors = b.anchors.stream().map(a -> new Anchor(Math.min(a.offset(), kept), a.id())).toList();
    }

    /** @return the text as drawn */
    public String text() {
        return text;
    }

    /** @return the text as written: the same length, differing only where small capitals were made */
    public String original() {
        return original;
    }

    /** @return whether the text as drawn is the text as written throughout */
    public boolean plain() {
        return plain;
    }

    /** @return whether there is nothing to set */
    public boolean isEmpty() {
        return text.isEmpty() && anchors.isEmpty();
    }

    /** @return how many styled spans there are */
    public int spans() {
        return starts.length;
    }

    /** @return where span {@code i} starts */
    public int start(int i) {
        return starts[i];
    }

    /** @return where span {@code i} ends */
    public int end(int i) {
        return i + 1 < starts.length ? starts[i + 1] : text.length();
    }

    /** @return span {@code i}'s style */
    public TextStyle style(int i) {
        return styles[i];
    }

    /** @return span {@code i}'s link target ({@code #id} or a URI), or null */
    public String link(int i) {
        return links[i];
    }

    /** @return the span holding an offset */
    public int spanAt(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** @return the note markers, in order */
    public List<NoteRef> notes() {
        return notes;
    }

    /** @return the anchors, in order */
    public List<Anchor> anchors() {
        return anchors;
    }

    /** @return a builder for styled text */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects styled text, collapsing white space as it comes. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder original = new StringBuilder();
        private final List<Integer> starts = new ArrayList<>();
        private final List<TextStyle> styles = new ArrayList<>();
        private final List<String> links = new ArrayList<>();
        private final List<NoteRef> notes = new ArrayList<>();
        private final List<Anchor> anchors = new ArrayList<>();
        private boolean verbatim;

        private Builder() {
        }

        /** Keeps spaces as they are (for code): no collapsing, none dropped; tabs still become spaces. */
        public Builder verbatim() {
            verbatim = true;
            return this;
        }

        /**
         * Appends text: tabs, line feeds and other spaces become one space (a line feed in
         * {@link org.briefkit.model.Text} is a line break, and becomes {@link #LINE_BREAK}); runs
         * of spaces collapse; spaces at the start of a line are dropped; zero-width and bidi
         * controls ({@link FormatControls}) are dropped, but for the zero-width space.
         *
         * @param value the characters
         * @param style their style
         * @param link  their link target, or null
         */
        public Builder append(String value, TextStyle style, String link) {
            return append(value, value, style, link);
        }

        /**
         * Appends text drawn as {@code drawn} but written as {@code written} (same length).
         *
         * @param drawn   the characters to draw
         * @param written the characters they stand for
         * @param style   their style
         * @param link    their link target, or null
         */
        public Builder append(String drawn, String written, TextStyle style, String link) {
            int n = drawn.length();
            for (int i = 0; i < n; i++) {
                // Characters kept as they are go in together: one span check, one copy.
                int j = i;
                while (j < n && drawn.charAt(j) != '\n' && !isCollapsibleSpace(drawn.charAt(j))
                        && !isDropped(drawn.charAt(j))) {
                    j++;
                }
                if (j > i) {
                    put(drawn, written, i, j, style, link);
                    i = j - 1;
                    continue;
                }
                char c = drawn.charAt(i);
                char w = written.charAt(i);
                if (isDropped(c)) {
                    continue;
                }
                if (c == '\n') {
                    lineBreak(style);
                    continue;
                }
                if (isCollapsibleSpace(c)) {
                    if (verbatim) {
                        put(' ', ' ', style, link);
                        continue;
                    }
                    if (text.length() == 0 || text.charAt(text.length() - 1) == ' '
                            || text.charAt(text.length() - 1) == LINE_BREAK) {
                        continue;
                    }
                    c = ' ';
                    w = ' ';
                }
                put(c, w, style, link);
            }
            return this;
        }

        /** Appends a forced line break, dropping the spaces before it. */
        public Builder lineBreak(TextStyle style) {
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
                original.setLength(original.length() - 1);
                trimSpans();
            }
            put(LINE_BREAK, LINE_BREAK, style, null);
            return this;
        }

        /**
         * Appends a note's marker.
         *
         * @param marker the marker's text, usually its number
         * @param style  the marker's style (raised)
         * @param link   where the marker links to, or null
         * @param number the note's number
         * @param note   the note
         */
        public Builder note(String marker, TextStyle style, String link, int number, Note note) {
            int at = text.length();
            for (int i = 0; i < marker.length(); i++) {
                put(marker.charAt(i), marker.charAt(i), style, link);
            }
            notes.add(new NoteRef(at, text.length(), number, note));
            return this;
        }

        /** @param id an id to place at the current position */
        public Builder anchor(String id) {
            anchors.add(new Anchor(text.length(), id));
            return this;
        }

        /** @return the length so far */
        public int length() {
            return text.length();
        }

        private void put(char c, char w, TextStyle style, String link) {
            span(style, link);
            text.append(c);
            original.append(w);
        }

        /** Puts {@code drawn[from, to)}, written as {@code written[from, to)}, as {@link #put} would one by one. */
        private void put(String drawn, String written, int from, int to, TextStyle style, String link) {
            span(style, link);
            text.append(drawn, from, to);
            original.append(written, from, to);
        }

        /** Starts a span for the next character unless it continues the last one. */
        private void span(TextStyle style, String link) {
            int last = styles.size() - 1;
            // Most characters continue the span before them with the very same style and link objects.
            boolean same = last >= 0 && styles.get(last) == style && links.get(last) == link;
            if (!same && (last < 0 || !styles.get(last).equals(style)
                    || !java.util.Objects.equals(links.get(last), link))) {
                if (last >= 0 && starts.get(last) == text.length()) {
                    styles.set(last, style);
                    links.set(last, link);
                } else {
                    starts.add(text.length());
                    styles.add(style);
                    links.add(link);
                }
            }
        }

        private void trimSpans() {
            while (!starts.isEmpty() && starts.get(starts.size() - 1) >= text.length() && starts.size() > 1) {
                starts.remove(starts.size() - 1);
                styles.remove(styles.size() - 1);
                links.remove(links.size() - 1);
            }
        }

        /** @return the styled text */
        public StyledText build() {
            return new StyledText(this);
        }

        /**
         * Format controls have no glyph and would be drawn as boxes: they are left out of the text
         * (so out of the PDF's text too), but for the zero-width space, which the line breaker
         * needs as a break opportunity and never draws.
         */
        private static boolean isDropped(char c) {
            return c >= '\u061C' && c != FormatControls.ZERO_WIDTH_SPACE && FormatControls.isFormatControl(c);
        }

        private static boolean isCollapsibleSpace(char c) {
            if (c > ' ' && c < '\u007F') {
                return false;
            }
            return c == ' ' || c == '\t' || c == '\r' || c == '\u3000'
                    || (Character.isSpaceChar(c) && c != '\u00A0' && c != '\u202F' && c != '\u2007'
                            && c != LINE_BREAK && c != '\u2029');
        }
    }
}
