package org.briefkit.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.RenderException;
import org.briefkit.model.Alignment;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Table;
import org.briefkit.model.TableRow;
import org.briefkit.pdf.internal.layout.Styles.ParagraphStyle;
import org.briefkit.pdf.internal.text.LineSetter.Align;
import org.briefkit.theme.Palette;
import org.briefkit.theme.Rgb;

/**
 * Lays out a table: column widths from the content (each column's narrowest and natural
 * widths, shared out as browsers do) or from the model's relative widths, cells wrapped in their
 * column, one unbreakable box per row (a row taller than a page is cut between lines), header
 * rows shaded and repeated at the top of every page the table continues on, rules from the
 * theme's palette: a heavier rule above and below the table and under the header, hairlines
 * between rows. The caption sits above the table and stays with it. Like a paragraph's lines, a
 * table breaks across pages only where the theme's orphan and widow counts of rows stay together.
 */
final class TableLayout {
    private static final float RULE = 0.4f;
    private static final float HEAVY_RULE = 0.9f;

    private final LayoutEnv env;
    private final Stacker stacker;
    private final Frame frame;
    private final BlockLayouter outer;
    /** The setting of the table being laid out: its padding and its cells' styles. */
    private float padX;
    private float padY;
    private ParagraphStyle cellStyle;
    private ParagraphStyle headerStyle;

    TableLayout(LayoutEnv env, Stacker stacker, Frame frame, BlockLayouter outer) {
        this.env = env;
        this.stacker = stacker;
        this.frame = frame;
        this.outer = outer;
    }

    /**
     * Lays the table out.
     *
     * @throws RenderException when its columns cannot each hold one character even at the
     *                         smallest size: they would run into each other
     */
    void layout(Table table) {
        int columns = table.columns().size();
        float base = env.styles.cell().text().size();
        ColumnNeeds needs = new TableMeasure(env, outer).measure(table, frame.width());
        TableFit fit = TableFit.choose(needs, base, frame.width());
        if (fit == null) {
            throw tooWide(table, needs, base);
        }
        padX = fit.padX();
        padY = fit.padY();
        cellStyle = scaled(env.styles.cell(), fit);
        headerStyle = scaled(env.styles.headerCell(), fit);
        float[] widths = columnWidths(table, needs, fit, frame.width());
        float[] xs = new float[columns + 1];
        for (int c = 0; c < columns; c++) {
            xs[c + 1] = xs[c] + widths[c];
        }
        Palette palette = env.theme.palette();
        ParagraphStyle gap = frame.body();
        stacker.space(gap.spaceAfter() * 2);
        if (table.attr().hasId()) {
            stacker.anchor(table.attr().id());
        }
        if (!table.caption().isEmpty()) {
            ParagraphStyle caption = env.styles.caption();
            outer.paragraph(outer.styled(table.caption(), caption.text()), caption.spaced(0, 0), table);
            stacker.keep(1);
            stacker.space(4);
        }
        StackBox header = null;
        StackBox repeated = null;
        if (!table.head().isEmpty()) {
            header = new StackBox(frame.backdrops(), table);
            float y = 0;
            for (TableRow row : table.head()) {
                StackBox r = row(table, row, xs, headerStyle, palette.headerFill());
                header.add(r, 0, y);
                y += r.height();
            }
            header.rule(frame.left(), 0, frame.left() + xs[columns], 0, HEAVY_RULE, palette.rule());
            header.rule(frame.left(), y, frame.left() + xs[columns], y, HEAVY_RULE * 0.8f, palette.rule());
            if (header.height() <= env.textHeight() / 3) {
                stacker.box(header);
                repeated = header;
            } else {
                // Repeated, a header this tall would leave little room (or none) for the rows: its
                // rows are set once instead, like body rows, and cut where one is taller than a page.
                tallHeader(table, xs, palette);
            }
            stacker.keep(1);
        }
        float limit = env.textHeight() - (repeated == null ? 0 : repeated.height()) - 24;
        List<TableRow> body = table.body();
        for (int i = 0; i < body.size(); i++) {
            StackBox row = row(table, body.get(i), xs, cellStyle, null);
            boolean last = i == body.size() - 1;
            List<StackBox> slices = row.height() > limit ? slice(row, limit, table) : List.of(row);
            if (header == null && i == 0) {
                slices.get(0).rule(frame.left(), 0, frame.left() + xs[columns], 0, HEAVY_RULE, palette.rule());
            }
            StackBox end = slices.get(slices.size() - 1);
            float bottom = end.height();
            end.rule(frame.left(), bottom, frame.left() + xs[columns], bottom, last ? HEAVY_RULE : RULE,
                    last ? palette.rule() : lighter(palette.rule()));
            for (int s = 0; s < slices.size(); s++) {
                StackBox slice = slices.get(s);
                if (repeated != null && (i > 0 || s > 0)) {
                    slice.repeatHeader(repeated);
                }
                if (s > 0) {
                    stacker.penalty(0);
                } else if (i > 0) {
                    // as with a paragraph's lines: no lone row at the foot or the head of a page
                    boolean allowed = i >= env.theme.orphanLines() && body.size() - i >= env.theme.widowLines();
                    stacker.penalty(allowed ? 0 : VItem.Penalty.INFINITY);
                }
                stacker.box(slice);
            }
        }
        stacker.space(gap.spaceAfter() * 2);
    }

    private static ParagraphStyle scaled(ParagraphStyle style, TableFit fit) {
        return fit.scale() == 1f ? style : style.scaled(fit.size());
    }

    private RenderException tooWide(Table table, ColumnNeeds needs, float base) {
        int fitting = TableFit.fitting(needs, base, frame.width());
        float floor = TableFit.floor(base);
        return new RenderException(TableName.of(table) + " at " + env.where.get() + " has " + needs.columns()
                + " columns, but only " + fitting + " fit its width of " + Math.round(frame.width()) + " pt even at "
                + TableName.points(floor) + " pt with the least padding, one character per column; split it into"
                + " tables of at most " + Math.max(1, fitting) + " columns, or put fewer columns side by side");
    }

    private void tallHeader(Table table, float[] xs, Palette palette) {
        float room = env.textHeight() - 24;
        List<StackBox> parts = new ArrayList<>();
        for (TableRow row : table.head()) {
            StackBox r = row(table, row, xs, headerStyle, palette.headerFill());
            parts.addAll(r.height() > room ? slice(r, room, table) : List.of(r));
        }
        float right = frame.left() + xs[xs.length - 1];
        parts.get(0).rule(frame.left(), 0, right, 0, HEAVY_RULE, palette.rule());
        StackBox end = parts.get(parts.size() - 1);
        end.rule(frame.left(), end.height(), right, end.height(), HEAVY_RULE * 0.8f, palette.rule());
        for (int s = 0; s < parts.size(); s++) {
            if (s > 0) {
                stacker.penalty(0);
            }
            stacker.box(parts.get(s));
        }
    }

    private static Rgb lighter(Rgb c) {
        return new Rgb((c.red() + 255) / 2, (c.green() + 255) / 2, (c.blue() + 255) / 2);
    }

    /** One row: each cell's blocks laid out in its column, the row as tall as its tallest cell. */
    private StackBox row(Table table, TableRow row, float[] xs, ParagraphStyle style, Rgb fill) {
        StackBox box = new StackBox(frame.backdrops(), table);
        float height = 0;
        List<List<VItem>> cells = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            List<VItem> items = new ArrayList<>();
            Frame cellFrame = new Frame(frame.left() + xs[c] + padX, xs[c + 1] - xs[c] - 2 * padX,
                    VItem.NO_BACKDROPS, style.withAlign(align(table.columns().get(c).alignment(), style)), 0, null);
            BlockLayouter cell = new BlockLayouter(env, new Stacker(items::add), cellFrame);
            cell.blocks(row.cells().get(c).content());
            while (!items.isEmpty() && !(items.get(items.size() - 1) instanceof VBox)) {
                items.remove(items.size() - 1);
            }
            float h = 0;
            boolean started = false;
            for (VItem item : items) {
                if (item instanceof VBox || started) {
                    h += item.height();
                    started = true;
                }
            }
            cells.add(items);
            height = Math.max(height, h);
        }
        height += 2 * padY;
        if (fill != null) {
            box.fill(frame.left(), 0, xs[xs.length - 1], height, fill);
        }
        for (List<VItem> items : cells) {
            float y = padY;
            boolean started = false;
            for (VItem item : items) {
                if (item instanceof VBox b) {
                    box.add(b, 0, y);
                    started = true;
                }
                if (item instanceof VBox || started) {
                    y += item.height();
                }
            }
        }
        box.setHeight(height);
        return box;
    }

    private static Align align(Alignment a, ParagraphStyle style) {
        return switch (a) {
            case CENTER -> Align.CENTER;
            case RIGHT -> Align.RIGHT;
            default -> Align.LEFT;
        };
    }

    /** Cuts a row taller than a page between lines, where no cell has a line across the cut. */
    private List<StackBox> slice(StackBox row, float limit, Table table) {
        List<float[]> spans = new ArrayList<>();
        collectSpans(row, spans);
        List<StackBox> out = new ArrayList<>();
        float start = 0;
        float total = row.height();
        while (total - start > limit) {
            float target = start + limit;
            float cut = -1;
            for (float[] s : spans) {
                float y = s[1];
                if (y > start && y <= target && y > cut && clear(spans, y)) {
                    cut = y;
                }
            }
            if (cut <= start) {
                cut = target;
            }
            out.add(part(row, start, cut, table));
            start = cut;
        }
        out.add(part(row, start, total, table));
        return out;
    }

    private static void collectSpans(StackBox row, List<float[]> spans) {
        row.forEachChild((child, dx, dy) -> spans.add(new float[] {dy, dy + child.height()}));
    }

    private static boolean clear(List<float[]> spans, float y) {
        for (float[] s : spans) {
            if (s[0] < y - 0.01f && s[1] > y + 0.01f) {
                return false;
            }
        }
        return true;
    }

    private StackBox part(StackBox row, float from, float to, Table table) {
        StackBox part = new StackBox(frame.backdrops(), table);
        row.forEachChild((child, dx, dy) -> {
            if (dy >= from - 0.01f && dy < to - 0.01f) {
                part.add(child, dx, dy - from);
            }
        });
        part.setHeight(to - from);
        return part;
    }

    // ---------------------------------------------------------------- column widths

    /**
     * Widths from content as CSS's automatic table layout shares them, or from the model's shares,
     * in the fitted setting; no column narrower than its widest character and padding.
     */
    private float[] columnWidths(Table table, ColumnNeeds needs, TableFit fit, float total) {
        int n = table.columns().size();
        float[] min = new float[n];
        float[] max = new float[n];
        float[] hard = new float[n];
        for (int c = 0; c < n; c++) {
            min[c] = fit.word(needs, c);
            max[c] = Math.max(min[c], fit.natural(needs, c));
            hard[c] = fit.glyph(needs, c);
        }
        return atLeast(shared(table, min, max, total), hard);
    }

    private static float[] shared(Table table, float[] min, float[] max, float total) {
        int n = table.columns().size();
        double given = 0;
        int fixed = 0;
        for (var col : table.columns()) {
            given += col.width();
            fixed += col.width() > 0 ? 1 : 0;
        }
        float[] out = new float[n];
        if (fixed == n) {
            for (int c = 0; c < n; c++) {
                out[c] = (float) (total * table.columns().get(c).width() / given);
            }
            return out;
        }
        if (fixed > 0) {
            // columns with a share keep it; the others share the rest by content
            double average = given / fixed;
            double sum = given + average * (n - fixed);
            float rest = total;
            for (int c = 0; c < n; c++) {
                if (table.columns().get(c).width() > 0) {
                    out[c] = (float) (total * table.columns().get(c).width() / sum);
                    rest -= out[c];
                }
            }
            float[] autoMin = new float[n - fixed];
            float[] autoMax = new float[n - fixed];
            for (int c = 0, k = 0; c < n; c++) {
                if (table.columns().get(c).width() <= 0) {
                    autoMin[k] = min[c];
                    autoMax[k++] = max[c];
                }
            }
            float[] shared = share(autoMin, autoMax, rest);
            for (int c = 0, k = 0; c < n; c++) {
                if (table.columns().get(c).width() <= 0) {
                    out[c] = shared[k++];
                }
            }
            return out;
        }
        return share(min, max, total);
    }

    /**
     * Shares a width among columns. When everything fits unbroken, the slack is spread by natural
     * width. Otherwise columns whose whole content is short (labels, numbers: at most a fifth of
     * the table) keep their natural width, so they never wrap, and the others share the rest as
     * CSS's automatic layout does: each gets its narrowest width, and the remainder in proportion
     * to how much more it could use.
     */
    private static float[] share(float[] min, float[] max, float total) {
        int n = min.length;
        float sumMax = 0;
        for (int c = 0; c < n; c++) {
            sumMax += max[c];
        }
        if (sumMax <= total) {
            float[] out = new float[n];
            float slack = total - sumMax;
            for (int c = 0; c < n; c++) {
                out[c] = max[c] + (sumMax > 0 ? slack * max[c] / sumMax : slack / n);
            }
            return out;
        }
        boolean[] short_ = new boolean[n];
        float fixed = 0;
        float othersMin = 0;
        int others = 0;
        for (int c = 0; c < n; c++) {
            short_[c] = max[c] <= total / 5;
            if (short_[c]) {
                fixed += max[c];
            } else {
                othersMin += min[c];
                others++;
            }
        }
        if (others > 0 && fixed > 0 && fixed + othersMin <= total) {
            float[] rMin = new float[others];
            float[] rMax = new float[others];
            for (int c = 0, k = 0; c < n; c++) {
                if (!short_[c]) {
                    rMin[k] = min[c];
                    rMax[k++] = max[c];
                }
            }
            float[] shared = cssShare(rMin, rMax, total - fixed);
            float[] out = new float[n];
            for (int c = 0, k = 0; c < n; c++) {
                out[c] = short_[c] ? max[c] : shared[k++];
            }
            return out;
        }
        return cssShare(min, max, total);
    }

    private static float[] cssShare(float[] min, float[] max, float total) {
        int n = min.length;
        float[] out = new float[n];
        float sumMin = 0;
        float sumMax = 0;
        for (int c = 0; c < n; c++) {
            sumMin += min[c];
            sumMax += max[c];
        }
        if (sumMax <= total) {
            float slack = total - sumMax;
            for (int c = 0; c < n; c++) {
                out[c] = max[c] + (sumMax > 0 ? slack * max[c] / sumMax : slack / n);
            }
        } else if (sumMin <= total) {
            float slack = total - sumMin;
            float range = sumMax - sumMin;
            for (int c = 0; c < n; c++) {
                out[c] = min[c] + (range > 0 ? slack * (max[c] - min[c]) / range : slack / n);
            }
        } else {
            for (int c = 0; c < n; c++) {
                out[c] = sumMin > 0 ? total * min[c] / sumMin : total / n;
            }
        }
        return out;
    }

    /**
     * Widens every column narrower than its hard minimum to it, taking the difference from the
     * columns above theirs in proportion to their surplus; the total stays the same (the fit makes
     * the minimums add up to no more than it).
     */
    static float[] atLeast(float[] widths, float[] hard) {
        float deficit = 0;
        float surplus = 0;
        for (int c = 0; c < widths.length; c++) {
            if (widths[c] < hard[c]) {
                deficit += hard[c] - widths[c];
            } else {
                surplus += widths[c] - hard[c];
            }
        }
        if (deficit <= 0) {
            return widths;
        }
        float[] out = new float[widths.length];
        float take = surplus > 0 ? Math.min(1f, deficit / surplus) : 0;
        for (int c = 0; c < widths.length; c++) {
            out[c] = widths[c] < hard[c] ? hard[c] : widths[c] - (widths[c] - hard[c]) * take;
        }
        return out;
    }
}
