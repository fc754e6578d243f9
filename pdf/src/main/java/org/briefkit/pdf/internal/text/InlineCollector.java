package org.briefkit.pdf.internal.text;

import java.util.List;
import java.util.Locale;
import org.briefkit.model.Code;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Inline;
import org.briefkit.model.InlineVisitor;
import org.briefkit.model.LineBreak;
import org.briefkit.model.Link;
import org.briefkit.model.Note;
import org.briefkit.model.SmallCaps;
import org.briefkit.model.Span;
import org.briefkit.model.Strikeout;
import org.briefkit.model.Strong;
import org.briefkit.model.Subscript;
import org.briefkit.model.Superscript;
import org.briefkit.model.Text;
import org.briefkit.theme.FontFamily;
import org.briefkit.theme.Rgb;

/**
 * Turns a paragraph's inlines into {@link StyledText}: each kind of inline changes the style of
 * what it holds (emphasis toggles italics, strong sets bold, super- and subscripts shrink and
 * shift the baseline, small capitals capitalise lower-case letters at a smaller size, code
 * switches to the monospace family, links take the link colour and a target), notes leave a
 * numbered marker (with a destination the note links back to), ids become anchors; a span of
 * class {@value #CAPS} is drawn in capitals. Every kind is handled; nothing is dropped.
 */
public final class InlineCollector implements InlineVisitor<Void> {
    /** Raised and lowered text is this much of the surrounding size. */
    public static final float SCRIPT_SCALE = 0.68f;
    /** Small capitals are this much of the surrounding size. */
    public static final float SMALL_CAPS_SCALE = 0.8f;
    private static final float CODE_SCALE = 0.9f;
    /**
     * The class of a span drawn in capitals (as Word's "caps" does): the letters are drawn upper
     * case and extract as written, so a letterhead reads "Example Institute", not "EXAMPLE INSTITUTE".
     */
    public static final String CAPS = "caps";

    /** Numbers notes as they are met and says where their markers link to. */
    public interface NoteCiter {
        /**
         * @param note a note met in the text
         * @return its number and where its marker links ({@code #id}, or null for none)
         */
        Citation cite(Note note);
    }

    /**
     * @param number the note's number
     * @param link   where its marker links, or null
     * @param anchor a destination to place at the marker, for the note to link back to; or null
     */
    public record Citation(int number, String link, String anchor) {
    }

    private final StyledText.Builder out;
    private final FontFamily mono;
    private final Rgb linkColour;
    private final NoteCiter notes;
    private TextStyle style;
    private String link;
    private int smallCaps;
    private int allCaps;

    private InlineCollector(StyledText.Builder out, TextStyle style, FontFamily mono, Rgb linkColour,
            NoteCiter notes) {
        this.out = out;
        this.style = style;
        this.mono = mono;
        this.linkColour = linkColour;
        this.notes = notes;
    }

    /**
     * @param inlines    a paragraph's inlines
     * @param base       the paragraph's style
     * @param mono       the family for code
     * @param linkColour the colour of links
     * @param notes      numbers the notes met
     * @return the styled text
     */
    public static StyledText collect(List<Inline> inlines, TextStyle base, FontFamily mono, Rgb linkColour,
            NoteCiter notes) {
        StyledText.Builder builder = StyledText.builder();
        collect(builder, inlines, base, mono, linkColour, notes);
        return builder.build();
    }

    /** Appends inlines to text being built, for callers that add text of their own around them. */
    public static void collect(StyledText.Builder builder, List<Inline> inlines, TextStyle base, FontFamily mono,
            Rgb linkColour, NoteCiter notes) {
        InlineCollector c = new InlineCollector(builder, base, mono, linkColour, notes);
        c.all(inlines);
    }

    private void all(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
    }

    private void within(TextStyle inner, List<Inline> content) {
        TextStyle saved = style;
        style = inner;
        all(content);
        style = saved;
    }

    private void text(String value) {
        if (allCaps > 0 && smallCaps == 0) {
            StringBuilder upper = new StringBuilder(value.length());
            value.codePoints().forEach(cp -> upper.appendCodePoint(isSmall(cp) ? Character.toUpperCase(cp) : cp));
            out.append(upper.toString(), value, style, link);
            return;
        }
        if (smallCaps == 0) {
            out.append(value, style, link);
            return;
        }
        TextStyle small = style.withSize(style.size() * SMALL_CAPS_SCALE);
        int i = 0;
        while (i < value.length()) {
            int c = value.codePointAt(i);
            boolean lower = isSmall(c);
            int j = i;
            while (j < value.length()) {
                int d = value.codePointAt(j);
                boolean l = isSmall(d);
                if (l != lower) {
                    break;
                }
                j += Character.charCount(d);
            }
            String part = value.substring(i, j);
            if (lower) {
                StringBuilder upper = new StringBuilder(part.length());
                part.codePoints().forEach(cp -> upper.appendCodePoint(Character.toUpperCase(cp)));
                out.append(upper.toString(), part, small, link);
            } else {
                out.append(part, style, link);
            }
            i = j;
        }
    }

    /** A lower-case letter whose capital is as long (so drawn and written text keep the same length). */
    private static boolean isSmall(int c) {
        return Character.isLowerCase(c) && Character.charCount(Character.toUpperCase(c)) == Character.charCount(c);
    }

    @Override
    public Void visitText(Text text) {
        text(text.text());
        return null;
    }

    @Override
    public Void visitEmphasis(Emphasis emphasis) {
        within(style.toggleItalic(), emphasis.content());
        return null;
    }

    @Override
    public Void visitStrong(Strong strong) {
        within(style.bold(), strong.content());
        return null;
    }

    @Override
    public Void visitStrikeout(Strikeout strikeout) {
        within(style.struck(), strikeout.content());
        return null;
    }

    @Override
    public Void visitSuperscript(Superscript superscript) {
        within(raised(style), superscript.content());
        return null;
    }

    @Override
    public Void visitSubscript(Subscript subscript) {
        within(style.withSize(style.size() * SCRIPT_SCALE).raised(-0.15f * style.size()), subscript.content());
        return null;
    }

    private static TextStyle raised(TextStyle s) {
        return s.withSize(s.size() * SCRIPT_SCALE).raised(0.36f * s.size());
    }

    @Override
    public Void visitSmallCaps(SmallCaps caps) {
        smallCaps++;
        all(caps.content());
        smallCaps--;
        return null;
    }

    @Override
    public Void visitCode(Code code) {
        if (code.attr().hasId()) {
            out.anchor(code.attr().id());
        }
        TextStyle saved = style;
        style = style.withFamily(mono).withSize(style.size() * CODE_SCALE).withHyphenation(false);
        int savedCaps = smallCaps;
        smallCaps = 0;
        out.append(code.text().replace('\n', ' '), style, link);
        smallCaps = savedCaps;
        style = saved;
        return null;
    }

    @Override
    public Void visitLink(Link l) {
        if (l.attr().hasId()) {
            out.anchor(l.attr().id());
        }
        String saved = link;
        link = l.target();
        TextStyle inner = style.withColour(linkColour);
        if (!l.isInternal() && isUrlText(l)) {
            inner = inner.withHyphenation(false);
        }
        within(inner, l.content());
        link = saved;
        return null;
    }

    private static boolean isUrlText(Link l) {
        String text = org.briefkit.model.PlainText.of(l.content()).toLowerCase(Locale.ROOT);
        return text.contains("://") || text.startsWith("www.") || text.contains("@");
    }

    @Override
    public Void visitNote(Note note) {
        Citation c = notes.cite(note);
        if (c.anchor() != null) {
            out.anchor(c.anchor());
        }
        TextStyle marker = raised(style.withFace(org.briefkit.theme.FontStyle.REGULAR)).withHyphenation(false);
        out.note(Integer.toString(c.number()), marker, c.link(), c.number(), note);
        return null;
    }

    @Override
    public Void visitLineBreak(LineBreak lineBreak) {
        out.lineBreak(style);
        return null;
    }

    @Override
    public Void visitSpan(org.briefkit.model.Span span) {
        Span s = span;
        if (s.attr().hasId()) {
            out.anchor(s.attr().id());
        }
        TextStyle inner = style;
        if (s.attr().hasClass("underline") || s.attr().hasClass("ul")) {
            inner = inner.underlined();
        }
        boolean caps = s.attr().hasClass("smallcaps") || s.attr().hasClass("small-caps");
        boolean upper = s.attr().hasClass(CAPS);
        if (caps) {
            smallCaps++;
        }
        if (upper) {
            allCaps++;
        }
        within(inner, s.content());
        if (caps) {
            smallCaps--;
        }
        if (upper) {
            allCaps--;
        }
        return null;
    }
}
