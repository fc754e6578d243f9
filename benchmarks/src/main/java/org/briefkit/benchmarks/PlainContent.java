package org.briefkit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Block;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BulletList;
import org.briefkit.model.Callout;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Div;
import org.briefkit.model.Document;
import org.briefkit.model.Figure;
import org.briefkit.model.Heading;
import org.briefkit.model.Image;
import org.briefkit.model.Inline;
import org.briefkit.model.ListItem;
import org.briefkit.model.Note;
import org.briefkit.model.OrderedList;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PlainText;
import org.briefkit.model.PullQuote;
import org.briefkit.model.Table;
import org.briefkit.model.TableCell;
import org.briefkit.model.TableRow;
import org.briefkit.model.Walk;

/**
 * What the floors write: a document's text as plain items, in reading order, taken from the
 * model before the clock starts. The title and subtitle; each heading; each paragraph, list
 * item paragraph, quotation, pull quote, callout title and table caption; each code block; each
 * table's cells (head rows first); each figure's image and caption; and each note's paragraphs,
 * after the paragraph that cites them. Formatting (emphasis, links, note marks, numbering) is
 * dropped; so are covers, contents, running heads and everything else a layout adds.
 */
final class PlainContent {
    /** The kinds of item. */
    enum Kind { TITLE, HEADING, PARAGRAPH, LIST_ITEM, CODE, NOTE, TABLE, FIGURE }

    /**
     * @param kind  what it is
     * @param level a heading's level, a list item's depth, a table's number of head rows; 0 otherwise
     * @param text  its text (a figure's caption; empty for a table)
     * @param rows  a table's cells, head rows first; empty otherwise
     * @param image a figure's image; null otherwise
     */
    record Item(Kind kind, int level, String text, List<List<String>> rows, Image image) {
        static Item of(Kind kind, int level, String text) {
            return new Item(kind, level, text, List.of(), null);
        }
    }

    private final List<Item> items = new ArrayList<>();

    private PlainContent() {
    }

    /** @param doc the document; @return its text as plain items */
    static List<Item> of(Document doc) {
        PlainContent c = new PlainContent();
        c.items.add(Item.of(Kind.TITLE, 0, doc.metadata().title()));
        if (!doc.metadata().subtitle().isEmpty()) {
            c.items.add(Item.of(Kind.PARAGRAPH, 0, doc.metadata().subtitle()));
        }
        c.blocks(doc.summary(), 0);
        c.blocks(doc.body(), 0);
        c.blocks(doc.backMatter(), 0);
        return List.copyOf(c.items);
    }

    /** @return how many characters of text the items hold (a check that floors and renderers see the same words) */
    static long characters(List<Item> items) {
        long n = 0;
        for (Item item : items) {
            n += item.text().length();
            for (List<String> row : item.rows()) {
                for (String cell : row) {
                    n += cell.length();
                }
            }
        }
        return n;
    }

    private void blocks(List<Block> blocks, int depth) {
        for (Block block : blocks) {
            block(block, depth);
        }
    }

    private void block(Block block, int depth) {
        if (block instanceof Heading h) {
            items.add(Item.of(Kind.HEADING, h.level(), PlainText.of(h.content())));
            notes(h.content());
        } else if (block instanceof Paragraph p) {
            items.add(Item.of(depth > 0 ? Kind.LIST_ITEM : Kind.PARAGRAPH, depth, PlainText.of(p.content())));
            notes(p.content());
        } else if (block instanceof BulletList list) {
            items(list.items(), depth);
        } else if (block instanceof OrderedList list) {
            items(list.items(), depth);
        } else if (block instanceof BlockQuote q) {
            blocks(q.content(), depth);
            text(q.attribution());
        } else if (block instanceof PullQuote q) {
            text(q.content());
            text(q.attribution());
        } else if (block instanceof Callout c) {
            text(c.title());
            blocks(c.content(), depth);
        } else if (block instanceof Div d) {
            blocks(d.content(), depth);
        } else if (block instanceof CodeBlock code) {
            items.add(Item.of(Kind.CODE, 0, code.text()));
        } else if (block instanceof Table t) {
            text(t.caption());
            List<List<String>> rows = new ArrayList<>();
            List<TableRow> all = new ArrayList<>(t.head());
            all.addAll(t.body());
            for (TableRow row : all) {
                List<String> cells = new ArrayList<>();
                for (TableCell cell : row.cells()) {
                    StringBuilder text = new StringBuilder();
                    for (Block b : cell.content()) {
                        cellText(b, text);
                    }
                    cells.add(text.toString());
                }
                rows.add(cells);
            }
            items.add(new Item(Kind.TABLE, t.head().size(), "", rows, null));
        } else if (block instanceof Figure f) {
            items.add(new Item(Kind.FIGURE, 0, PlainText.of(f.caption()), List.of(), f.image()));
        }
        // ThematicBreak and PageBreak hold no text.
    }

    private void items(List<ListItem> list, int depth) {
        for (ListItem item : list) {
            blocks(item.content(), depth + 1);
        }
    }

    private void text(List<Inline> inlines) {
        if (!inlines.isEmpty()) {
            items.add(Item.of(Kind.PARAGRAPH, 0, PlainText.of(inlines)));
            notes(inlines);
        }
    }

    /** A note's paragraphs, after the paragraph that cites it. */
    private void notes(List<Inline> inlines) {
        Walk.nodes(inlines, b -> { }, inline -> {
            if (inline instanceof Note note) {
                for (Block b : note.content()) {
                    if (b instanceof Paragraph p) {
                        items.add(Item.of(Kind.NOTE, 0, PlainText.of(p.content())));
                    }
                }
            }
        });
    }

    private static void cellText(Block b, StringBuilder out) {
        if (b instanceof Paragraph p) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(PlainText.of(p.content()));
        } else if (b instanceof BulletList list) {
            list.items().forEach(i -> i.content().forEach(inner -> cellText(inner, out)));
        } else if (b instanceof OrderedList list) {
            list.items().forEach(i -> i.content().forEach(inner -> cellText(inner, out)));
        }
    }
}
