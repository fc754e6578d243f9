package org.briefkit.pdf.internal.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Block;
import org.briefkit.model.BulletList;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Div;
import org.briefkit.model.Heading;
import org.briefkit.model.ListItem;
import org.briefkit.model.OrderedList;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Table;
import org.briefkit.model.TableCell;
import org.briefkit.model.TableRow;
import org.briefkit.pdf.internal.layout.Styles.ParagraphStyle;
import org.briefkit.pdf.internal.text.Hyphenation;
import org.briefkit.pdf.internal.text.Items;
import org.briefkit.pdf.internal.text.ParagraphItems;
import org.briefkit.pdf.internal.text.StyledText;

/**
 * Measures what a table's columns need at the table's own size ({@link ColumnNeeds}): for each
 * column its widest word, its longest line and its widest character, from every cell in it.
 */
final class TableMeasure {
    private static final int WORD = 0;
    private static final int NATURAL = 1;
    private static final int GLYPH = 2;
    /** Offset of the fixed-size needs in a measurement array. */
    private static final int FIXED = 3;

    private final LayoutEnv env;
    private final BlockLayouter outer;

    TableMeasure(LayoutEnv env, BlockLayouter outer) {
        this.env = env;
        this.outer = outer;
    }

    /** @return what each column of {@code table} needs, its header cells in the header style */
    ColumnNeeds measure(Table table, float total) {
        int n = table.columns().size();
        ColumnNeeds needs = new ColumnNeeds(n);
        List<TableRow> rows = new ArrayList<>(table.head());
        rows.addAll(table.body());
        for (int r = 0; r < rows.size(); r++) {
            ParagraphStyle style = r < table.head().size() ? env.styles.headerCell() : env.styles.cell();
            for (int c = 0; c < n; c++) {
                float[] m = measure(rows.get(r).cells().get(c), style, total);
                needs.words()[c] = Math.max(needs.words()[c], m[WORD]);
                needs.natural()[c] = Math.max(needs.natural()[c], m[NATURAL]);
                needs.glyphs()[c] = Math.max(needs.glyphs()[c], m[GLYPH]);
                needs.fixedWords()[c] = Math.max(needs.fixedWords()[c], m[FIXED + WORD]);
                needs.fixedNatural()[c] = Math.max(needs.fixedNatural()[c], m[FIXED + NATURAL]);
                needs.fixedGlyphs()[c] = Math.max(needs.fixedGlyphs()[c], m[FIXED + GLYPH]);
            }
        }
        return needs;
    }

    private float[] measure(TableCell cell, ParagraphStyle style, float total) {
        float[] m = new float[2 * FIXED];
        measureBlocks(cell.content(), style, total, 0, m);
        return m;
    }

    private void measureBlocks(List<Block> blocks, ParagraphStyle style, float total, float indent, float[] m) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                measureText(outer.styled(p.content(), style.text()), indent, m, 0);
            } else if (b instanceof Heading h) {
                // a heading keeps its own size in a cell, whatever the table's
                ParagraphStyle hs = env.styles.heading(h.level());
                measureText(outer.styled(h.content(), hs.text()), 0, m, FIXED);
            } else if (b instanceof CodeBlock code) {
                ParagraphStyle cs = env.styles.code();
                for (String line : code.text().split("\n")) {
                    measureText(StyledText.builder().verbatim().append(line, cs.text(), null).build(), 0, m, FIXED);
                }
            } else if (b instanceof BulletList l) {
                for (ListItem item : l.items()) {
                    measureBlocks(item.content(), style, total, indent + style.text().size() * 1.6f, m);
                }
            } else if (b instanceof OrderedList l) {
                for (ListItem item : l.items()) {
                    measureBlocks(item.content(), style, total, indent + style.text().size() * 2f, m);
                }
            } else if (b instanceof Div d) {
                measureBlocks(d.content(), style, total, indent, m);
            } else {
                if (b instanceof Table nested) {
                    // a nested table sets itself, smaller if it must: it needs at least its narrowest width
                    ColumnNeeds inner = measure(nested, total);
                    float base = env.styles.cell().text().size();
                    m[FIXED + GLYPH] = Math.max(m[FIXED + GLYPH], TableFit.narrowest(inner, base, false) + indent);
                    m[FIXED + WORD] = Math.max(m[FIXED + WORD], TableFit.narrowest(inner, base, true) + indent);
                }
                m[FIXED + WORD] = Math.max(m[FIXED + WORD], total * 0.15f);
                m[FIXED + NATURAL] = Math.max(m[FIXED + NATURAL], total * 0.4f);
            }
        }
        m[WORD] = Math.max(m[WORD], m[GLYPH]);
        m[FIXED + WORD] = Math.max(m[FIXED + WORD], m[FIXED + GLYPH]);
    }

    /**
     * Measures one paragraph's widest word (between break points), longest line (between forced
     * breaks) and widest character cluster, into {@code m} from {@code at}.
     */
    private void measureText(StyledText text, float indent, float[] m, int at) {
        if (text.text().isEmpty()) {
            return;
        }
        ParagraphItems.Settings settings = new ParagraphItems.Settings(env.fonts, Hyphenation.NONE, env.language,
                false, Float.MAX_VALUE, env.where);
        Items items = ParagraphItems.build(text, settings);
        float word = 0;
        float line = 0;
        BreakIterator clusters = null;
        for (int i = 0; i < items.size(); i++) {
            switch (items.type(i)) {
                case Items.BOX -> {
                    word += items.width(i);
                    line += items.width(i);
                    if (items.start(i) < 0 || items.face(i) == null) {
                        m[at + GLYPH] = Math.max(m[at + GLYPH], items.width(i) + indent);
                    } else {
                        if (clusters == null) {
                            clusters = BreakIterator.getCharacterInstance(env.language);
                            clusters.setText(text.text());
                        }
                        m[at + GLYPH] = Math.max(m[at + GLYPH], widestCluster(text, items, i, clusters) + indent);
                    }
                }
                case Items.GLUE -> {
                    m[at + WORD] = Math.max(m[at + WORD], word + indent);
                    word = 0;
                    line += items.width(i);
                }
                default -> {
                    if (items.penalty(i) < Items.INFINITY) {
                        m[at + WORD] = Math.max(m[at + WORD], word + indent);
                        word = 0;
                    }
                    if (items.penalty(i) <= -Items.INFINITY) {
                        m[at + NATURAL] = Math.max(m[at + NATURAL], line + indent);
                        line = 0;
                    }
                }
            }
        }
        m[at + WORD] = Math.max(m[at + WORD], word + indent);
        m[at + NATURAL] = Math.max(m[at + NATURAL], line + indent);
    }

    /** @return the widest character cluster of box {@code i}, as the line breaker would split it */
    private static float widestCluster(StyledText text, Items items, int i, BreakIterator clusters) {
        int s = items.start(i);
        int e = items.end(i);
        float size = text.style(items.span(i)).size();
        float widest = 0;
        int a = s;
        while (a < e) {
            int b = clusters.following(a);
            if (b == BreakIterator.DONE || b > e) {
                b = e;
            }
            widest = Math.max(widest, items.face(i).advance(text.text(), a, b) * size / 1000f);
            a = b;
        }
        return widest;
    }
}
