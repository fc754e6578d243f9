package org.briefkit.pdf.internal.text;

import java.util.List;

/**
 * Sets one paragraph: items from the styled text, breaks by Knuth-Plass, lines set to the
 * measure. Only the paragraph is held while it is set.
 */
public final class Typesetter {
    private Typesetter() {
    }

    /**
     * @param text     the paragraph
     * @param settings fonts, hyphenation, language; {@code justified} must match {@code align}
     * @param widths   the line widths
     * @param align    how lines sit in the measure
     * @param emSize   the paragraph's type size, which scales the ragged margin's give
     * @return the lines; none for an empty paragraph
     */
    public static List<SetLine> typeset(StyledText text, ParagraphItems.Settings settings,
            LineBreaker.LineWidths widths, LineSetter.Align align, float emSize) {
        if (text.text().isEmpty()) {
            return List.of();
        }
        Items items = ParagraphItems.build(text, settings);
        LineBreaker.Params params = align == LineSetter.Align.JUSTIFY ? LineBreaker.Params.justified()
                : LineBreaker.Params.ragged(align == LineSetter.Align.LEFT ? 3.5f * emSize : 4f * emSize);
        int[] breaks = LineBreaker.breakLines(items, widths, params);
        return LineSetter.set(text, items, breaks, widths, align);
    }
}
