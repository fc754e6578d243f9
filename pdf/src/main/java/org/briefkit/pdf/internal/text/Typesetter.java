package org.briefkit.pdf.internal.text;

import java.util.List;

/**
 * Sets one paragraph: items from the styled text, breaks by Knuth-Plass, lines set to the
 * measure. Only the paragraph is held while it is set. Words are hyphenated only for the
 * breaker's second pass, when its first, without hyphenation, finds no acceptable breaks.
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
        LineBreaker.Params params = align == LineSetter.Align.JUSTIFY ? LineBreaker.Params.justified()
                : LineBreaker.Params.ragged(align == LineSetter.Align.LEFT ? 3.5f * emSize : 4f * emSize);
        // As TeX does: a first pass without hyphenation; only when it finds no acceptable breaks
        // are words hyphenated for the second. Nine paragraphs in ten never need it.
        boolean hyphenates = settings.hyphenation() != Hyphenation.NONE;
        Items items = ParagraphItems.build(text, hyphenates ? settings.withoutHyphenation() : settings);
        int[] breaks = LineBreaker.firstPass(items, widths, params);
        if (breaks == null) {
            if (hyphenates) {
                items = ParagraphItems.build(text, settings);
            }
            breaks = LineBreaker.laterPasses(items, widths, params);
        }
        return LineSetter.set(text, items, breaks, widths, align);
    }
}
