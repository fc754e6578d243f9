package org.briefkit.model;

/**
 * Plain text. It may hold spaces, tabs and line feeds (a line feed is a line break); any other
 * control character, and any unpaired surrogate, is refused. CR and CRLF are folded to LF.
 *
 * @param text the characters
 */
public record Text(String text) implements Inline {
    /** Checks that the text is printable. */
    public Text {
        text = Checks.printable("text", Checks.present("text", text));
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitText(this);
    }
}
