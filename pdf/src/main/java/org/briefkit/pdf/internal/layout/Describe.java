package org.briefkit.pdf.internal.layout;

import java.util.List;
import org.briefkit.model.Block;
import org.briefkit.model.Code;
import org.briefkit.model.Text;
import org.briefkit.model.Walk;

/** Short descriptions of blocks for messages: the first words of their text. */
final class Describe {
    private static final int LENGTH = 40;

    private Describe() {
    }

    /** @return the first words of a block's text, or "" */
    static String text(Block block) {
        StringBuilder out = new StringBuilder();
        Walk.nodes(List.of(block), b -> {
            if (b instanceof org.briefkit.model.CodeBlock c && out.length() < LENGTH) {
                out.append(c.text()).append(' ');
            }
        }, inline -> {
            if (out.length() >= LENGTH) {
                return;
            }
            if (inline instanceof Text t) {
                out.append(t.text());
            } else if (inline instanceof Code c) {
                out.append(c.text());
            }
        });
        String s = out.toString().replaceAll("\\s+", " ").strip();
        if (s.length() <= LENGTH) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(LENGTH - 1)) ? LENGTH - 1 : LENGTH;
        return s.substring(0, end).strip() + "\u2026";
    }
}
