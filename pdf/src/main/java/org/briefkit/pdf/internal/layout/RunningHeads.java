package org.briefkit.pdf.internal.layout;

import java.util.List;
import org.briefkit.model.Metadata;
import org.briefkit.pdf.internal.text.LineSetter.Align;
import org.briefkit.pdf.internal.text.SetLine;
import org.briefkit.pdf.internal.text.TextStyle;
import org.briefkit.theme.Margins;
import org.briefkit.theme.RunningText;

/**
 * Adds running headers and footers once every page exists, so "page X of Y" is simply known:
 * each slot's template is filled in by core's {@link org.briefkit.compose.RunningHeads}
 * ({title}, {organization}, {program}, {date}, {page}, {pages}, as the DOCX fills them), set
 * in the running style, and placed in the top or bottom margin, aligned with the
 * text block. With mirrored margins the left and right slots swap on left-hand (even) pages, so
 * page numbers sit on the outer edge. The first page carries none unless the style says so; a
 * slot too wide for its share of the line is shortened with an ellipsis.
 */
final class RunningHeads {
    private RunningHeads() {
    }

    static void apply(List<Page> pages, LayoutEnv env, Metadata metadata) {
        int total = pages.size();
        TextStyle style = env.styles.running();
        Margins margins = env.theme.margins();
        BlockLayouter setter = new BlockLayouter(env, new Stacker(item -> { }), new Frame(0,
                (float) env.theme.textWidth(), VItem.NO_BACKDROPS, env.styles.body(), 0, null));
        for (Page page : pages) {
            PageStyle ps = page.style();
            if (page.number() == 1 && !ps.onFirstPage()) {
                continue;
            }
            boolean swap = margins.mirrored() && page.number() % 2 == 0;
            Rect frame = page.frame();
            float size = style.size();
            float headerBaseline = (float) margins.top() * 0.5f + size * 0.35f;
            float footerBaseline = page.height() - (float) margins.bottom() * 0.5f + size * 0.35f;
            place(page, ps.header(), headerBaseline, frame, swap, style, setter, metadata, total);
            place(page, ps.footer(), footerBaseline, frame, swap, style, setter, metadata, total);
        }
    }

    private static void place(Page page, RunningText text, float baseline, Rect frame, boolean swap, TextStyle style,
            BlockLayouter setter, Metadata metadata, int total) {
        if (text.isEmpty()) {
            return;
        }
        String left = expand(swap ? text.right() : text.left(), metadata, page.number(), total);
        String center = expand(text.center(), metadata, page.number(), total);
        String right = expand(swap ? text.left() : text.right(), metadata, page.number(), total);
        float width = frame.width();
        float gap = style.size() * 1.5f;
        SetLine c = center.isEmpty() ? null : fit(setter, center, style, width * 0.4f, Align.CENTER);
        float side = c == null ? (width - gap) / 2 : (width - c.natural()) / 2 - gap;
        SetLine l = left.isEmpty() ? null : fit(setter, left, style, side, Align.LEFT);
        SetLine r = right.isEmpty() ? null : fit(setter, right, style, side, Align.RIGHT);
        if (l != null) {
            emit(page, l, frame.x(), baseline);
        }
        if (c != null) {
            emit(page, c, frame.x() + (width - c.measure()) / 2, baseline);
        }
        if (r != null) {
            emit(page, r, frame.right() - r.measure(), baseline);
        }
    }

    /** Sets a slot's text on one line, shortened with an ellipsis when too wide. */
    private static SetLine fit(BlockLayouter setter, String text, TextStyle style, float width, Align align) {
        String t = text;
        SetLine line = setter.line(t, style, Float.MAX_VALUE / 4, Align.LEFT);
        while (line != null && line.natural() > width && t.codePointCount(0, t.length()) > 1) {
            int end = Math.max(1, (int) (t.length() * width / line.natural()) - 1);
            if (Character.isHighSurrogate(t.charAt(end - 1))) {
                end = end > 1 ? end - 1 : end + 1; // never cut a character (an emoji, CJK Extension B) in two
            }
            t = t.substring(0, end).stripTrailing();
            line = setter.line(t + "\u2026", style, Float.MAX_VALUE / 4, Align.LEFT);
        }
        if (line == null) {
            return null;
        }
        String finalText = line.text();
        return setter.line(finalText, style, line.natural() + 0.01f, align);
    }

    private static void emit(Page page, SetLine line, float x, float baseline) {
        for (SetLine.Run run : line.runs()) {
            page.addFurniture(new GlyphRun(run.face(), run.style().size(), run.style().colour(), x + run.x(),
                    baseline - run.style().rise(), run.text(), run.wordSpacing(), run.width(), run.actualText(), null));
        }
    }

    private static String expand(String template, Metadata metadata, int page, int pages) {
        return template.isEmpty() ? "" : org.briefkit.compose.RunningHeads.expand(template, metadata, page, pages);
    }
}
