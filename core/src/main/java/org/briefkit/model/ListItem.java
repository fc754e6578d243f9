package org.briefkit.model;

import java.util.List;

/**
 * One item of a bullet or ordered list: blocks, usually a paragraph and perhaps a nested list.
 *
 * @param content the item's blocks
 */
public record ListItem(List<Block> content) {
    /** Copies the content. */
    public ListItem {
        content = Checks.list("item.content", content);
    }

    /** @param blocks the item's blocks; @return an item of them */
    public static ListItem of(Block... blocks) {
        return new ListItem(List.of(blocks));
    }

    /** @param text plain text; @return an item holding one paragraph */
    public static ListItem of(String text) {
        return new ListItem(List.of(Paragraph.of(text)));
    }
}
