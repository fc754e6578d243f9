package org.briefkit.model;

/**
 * Preformatted text, set in the monospace font with its line breaks kept. The first class, if
 * any, names the language.
 *
 * @param attr id and classes
 * @param text the code, lines separated by LF
 */
public record CodeBlock(Attr attr, String text) implements Block {
    /** Checks the text. */
    public CodeBlock {
        attr = Checks.present("codeBlock.attr", attr);
        text = Checks.printable("codeBlock.text", Checks.present("codeBlock.text", text));
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitCodeBlock(this);
    }
}
