package org.briefkit.model;

/**
 * One method per kind of {@link Inline}, and no default: every renderer handles every kind.
 *
 * @param <R> what each visit returns
 */
public interface InlineVisitor<R> {
    /** @param text the inline; @return the visitor's result */
    R visitText(Text text);

    /** @param emphasis the inline; @return the visitor's result */
    R visitEmphasis(Emphasis emphasis);

    /** @param strong the inline; @return the visitor's result */
    R visitStrong(Strong strong);

    /** @param strikeout the inline; @return the visitor's result */
    R visitStrikeout(Strikeout strikeout);

    /** @param superscript the inline; @return the visitor's result */
    R visitSuperscript(Superscript superscript);

    /** @param subscript the inline; @return the visitor's result */
    R visitSubscript(Subscript subscript);

    /** @param smallCaps the inline; @return the visitor's result */
    R visitSmallCaps(SmallCaps smallCaps);

    /** @param code the inline; @return the visitor's result */
    R visitCode(Code code);

    /** @param link the inline; @return the visitor's result */
    R visitLink(Link link);

    /** @param note the inline; @return the visitor's result */
    R visitNote(Note note);

    /** @param lineBreak the inline; @return the visitor's result */
    R visitLineBreak(LineBreak lineBreak);

    /** @param span the inline; @return the visitor's result */
    R visitSpan(Span span);
}
