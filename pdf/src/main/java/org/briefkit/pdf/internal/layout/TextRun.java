package org.briefkit.pdf.internal.layout;

import java.util.List;
import org.briefkit.model.Inline;
import org.briefkit.pdf.internal.text.TextStyle;

/**
 * Inlines in a base style of their own, for the lines a layout sets whose parts differ in more
 * than the model's inlines can say (a letterhead's name in the accent colour, its program label
 * muted). The inlines still apply on top: a {@code Strong} inside is bold, a link is a link.
 *
 * @param content the inlines
 * @param style   their base style
 */
public record TextRun(List<Inline> content, TextStyle style) {
    /** Copies the content. */
    public TextRun {
        content = List.copyOf(content);
    }
}
