package org.briefkit.pdf.internal.layout;

import java.util.function.Function;
import org.briefkit.pdf.internal.text.SetLine;
import org.briefkit.pdf.internal.text.TextStyle;
import org.briefkit.theme.Rgb;

/**
 * One entry of a table of contents: its lines, kept together, linked as a whole to the heading;
 * and, drawn once the document is laid out ({@link Deferred}), the page the heading landed on,
 * flush right on the entry's last line, with a dotted leader from the end of the text to it.
 * The space for the number is reserved when the entry is set, so filling it in moves nothing.
 */
final class ContentsEntryBox extends StackBox {
    /** The leader's dots: this far apart, this big, and this far from the text and the number. */
    private static final float PITCH = 4.5f;
    private static final float DOT = 0.9f;

    private final Frame frame;
    private final String destination;
    private final Rgb leader;
    private final TextStyle style;
    private final Function<String, SetLine> setter;
    private float textEnd;
    private float baseline;

    /**
     * @param frame       the frame the entry is set in (its right edge is where numbers end)
     * @param destination the heading's destination
     * @param leader      the dots' colour
     * @param style       the page number's style
     * @param setter      sets a page number as a line
     */
    ContentsEntryBox(Frame frame, String destination, Rgb leader, TextStyle style, Function<String, SetLine> setter) {
        super(frame.backdrops(), null);
        this.frame = frame;
        this.destination = destination;
        this.leader = leader;
        this.style = style;
        this.setter = setter;
    }

    /** Records where the last line's text ends and its baseline, from the box's top-left. */
    void lastLine(float end, float base) {
        textEnd = end;
        baseline = base;
    }

    @Override
    void draw(Emitter e, float x, float y) {
        super.draw(e, x, y);
        float left = x + frame.left();
        float right = left + frame.width();
        e.box(new LinkArea(left, y, frame.width(), height(), "#" + destination));
        float base = y + baseline;
        float end = x + textEnd;
        e.later((out, pages) -> {
            int number = pages.pageOf(destination);
            if (number <= 0) {
                return;
            }
            SetLine line = setter.apply(Integer.toString(number));
            if (line == null) {
                return;
            }
            float width = line.natural();
            float at = right - width;
            for (SetLine.Run r : line.runs()) {
                out.accept(new GlyphRun(r.face(), r.style().size(), r.style().colour(), at + r.x(),
                        base - r.style().rise(), r.text(), r.wordSpacing(), r.width(), r.actualText(), null));
            }
            out.accept(new Leader(end + style.size() * 0.3f, at - style.size() * 0.45f, base, PITCH, DOT, leader));
        });
    }
}
