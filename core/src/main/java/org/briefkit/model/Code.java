package org.briefkit.model;

/**
 * Inline code, set in the monospace font.
 *
 * @param attr id and classes
 * @param text the code
 */
public record Code(Attr attr, String text) implements Inline {
    /** Checks the text. */
    public Code {
        attr = Checks.present("code.attr", attr);
        text = Checks.printable("code.text", Checks.present("code.text", text));
    }

    /** @param text the code; @return inline code without attributes */
    public static Code of(String text) {
        return new Code(Attr.EMPTY, text);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitCode(this);
    }
}
