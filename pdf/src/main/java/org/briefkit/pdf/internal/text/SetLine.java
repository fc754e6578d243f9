package org.briefkit.pdf.internal.text;

import java.util.List;
import org.briefkit.pdf.internal.font.FontFace;

/**
 * One line of a paragraph, set: its runs of glyphs at their offsets from the line's left edge,
 * with the word spacing justification gave them, and what else the line carries (note markers,
 * anchors, link areas).
 *
 * @param runs         the runs, left to right
 * @param measure      the width the line was set to
 * @param natural      the width of its text with unstretched spaces
 * @param ascent       the highest point of its text above the baseline, in points
 * @param descent      the lowest point below the baseline, positive, in points
 * @param notes        note markers on this line
 * @param anchors      ids placed on this line, with their offsets
 * @param links        link areas
 * @param start        where the line's characters start in the paragraph
 * @param end          where they end
 * @param hyphenated   whether the line ends with an inserted hyphen
 * @param last         whether it is the paragraph's last line
 */
public record SetLine(List<Run> runs, float measure, float natural, float ascent, float descent,
        List<StyledText.NoteRef> notes, List<PlacedAnchor> anchors, List<LinkSpan> links, int start, int end,
        boolean hyphenated, boolean last) {

    /**
     * Characters of one face and style.
     *
     * @param face        the face
     * @param style       the style (size, colour, rise, decorations)
     * @param x           offset from the line's left edge
     * @param text        the characters as drawn
     * @param wordSpacing extra width after each space, in points
     * @param width       the run's width, word spacing included
     * @param actualText  the characters as written, where they differ from {@code text}; else null
     * @param link        the link target, or null
     */
    public record Run(FontFace face, TextStyle style, float x, String text, float wordSpacing, float width,
            String actualText, String link) {
    }

    /** @param id an anchor's id; @param x its offset from the line's left edge */
    public record PlacedAnchor(String id, float x) {
    }

    /** @param target a link target; @param x its left; @param width its width */
    public record LinkSpan(String target, float x, float width) {
    }

    /** @return the plain text of the line, as written */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Run r : runs) {
            out.append(r.actualText() != null ? r.actualText().replace("\u00AD", "-") : r.text());
        }
        return out.toString();
    }
}
