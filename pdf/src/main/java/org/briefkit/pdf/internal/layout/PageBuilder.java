package org.briefkit.pdf.internal.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.briefkit.theme.Rgb;

/**
 * Fills pages from the vertical list, as TeX's page builder does. Items arrive one by one; the
 * builder remembers the best place to break seen on the current page (the lowest cost: the
 * penalty there plus how empty the page would be) and, when a box no longer fits, ends the page
 * there and carries what followed to the next. Glue at the top of a page is dropped. A box's
 * footnotes take their space from the page where the box lands: the break is feasible only when
 * the notes fit too (all of them, or the first lines of the last one, whose rest continues at the
 * foot of the next page). A table row that starts a page is preceded by its table's header rows.
 * A figure that does not fit where it falls moves to the top of the next page while the text
 * after it fills this one, as printed reports float figures; it goes no further than the next
 * page, never past the next figure, and never away from a box it is kept with.
 *
 * <p>Only the current page's items are held; finished pages keep only their boxes.
 */
final class PageBuilder implements VSink {
    private static final float SEPARATOR = 11f;
    private static final float NOTE_GAP = 2.5f;
    private static final int MIN_NOTE_LINES = 2;

    private final float pageWidth;
    private final float pageHeight;
    private final IntFunction<Rect> frames;
    private final Rgb ruleColour;
    private final List<Page> pages = new ArrayList<>();
    private final List<HeadingRecord> headings = new ArrayList<>();
    private final Set<String> placed = new HashSet<>();
    private final Map<String, Integer> destinationPages = new java.util.HashMap<>();
    private final List<PendingDraw> deferred = new ArrayList<>();
    private final Deque<VItem> queue = new ArrayDeque<>();
    private boolean draining;
    private PageStyle style = PageStyle.NONE;
    private int raisedPage;
    private float raise;

    private final List<VItem> items = new ArrayList<>();
    private final List<Footnote> cited = new ArrayList<>();
    private float used;
    private boolean hasBox;
    private int bestIndex = -1;
    private double bestCost;
    private List<NoteLine> carry = new ArrayList<>();
    /** A figure that did not fit on the page and waits for the next while the text after it fills this one. */
    private VBox pendingFloat;
    /** Whether the glue that followed the waiting figure is still to come (it is replaced by {@link #gap}). */
    private boolean afterFloat;
    /** The space between paragraphs, which closes the gap a figure leaves when it moves on. */
    private float gap;

    /** Drawing deferred until every destination's page is known, its page and where in its drawing order. */
    private record PendingDraw(Page page, int index, Deferred task) {
    }

    /** A footnote line waiting for a page, with the space to leave above it. */
    private record NoteLine(VBox box, float spaceBefore, boolean firstOfNote) {
    }

    /**
     * @param pageWidth  the page width
     * @param pageHeight the page height
     * @param frames     the text block of each page number
     * @param ruleColour the colour of the footnote separator
     */
    PageBuilder(float pageWidth, float pageHeight, IntFunction<Rect> frames, Rgb ruleColour) {
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.frames = frames;
        this.ruleColour = ruleColour;
    }

    /** @param value the space between paragraphs, left where a figure moved to the next page */
    void paragraphGap(float value) {
        gap = value;
    }

    /** @param value the style of pages started from now on */
    void style(PageStyle value) {
        style = value;
    }

    /** @return the finished pages so far */
    List<Page> pages() {
        return pages;
    }

    /** @return the headings placed so far */
    List<HeadingRecord> headings() {
        return headings;
    }

    private Rect frame() {
        int number = pages.size() + 1;
        Rect frame = frames.apply(number);
        if (number == raisedPage && raise > 0) {
            return new Rect(frame.x(), frame.y() - raise, frame.width(), frame.height() + raise);
        }
        return frame;
    }

    /**
     * Lets the text of the page being started begin {@code points} above the text block, in the
     * top margin; nothing changes when the current page already has content.
     */
    void raiseTop(float points) {
        drain();
        if (hasBox) {
            return; // the page is under way: its text block is what it is
        }
        raisedPage = pages.size() + 1;
        raise = points;
    }

    @Override
    public void add(VItem item) {
        queue.addLast(item);
        if (draining) {
            return;
        }
        draining = true;
        try {
            while (!queue.isEmpty()) {
                process(queue.pollFirst());
            }
        } finally {
            draining = false;
        }
    }

    private void process(VItem item) {
        if (item instanceof VItem.Penalty p) {
            if (!hasBox) {
                return;
            }
            if (p.cost() <= -VItem.Penalty.INFINITY) {
                breakAt(items.size(), false);
                return;
            }
            if (p.cost() < VItem.Penalty.INFINITY) {
                float available = frame().height();
                float unused = available - used - notesDemand(cited);
                double f = Math.max(0, unused) / available;
                double cost = p.cost() + 10_000 * f * f * f;
                if (bestIndex < 0 || cost <= bestCost) {
                    bestIndex = items.size();
                    bestCost = cost;
                }
            }
            items.add(item);
            return;
        }
        if (item instanceof VItem.Glue g) {
            if (!hasBox) {
                return;
            }
            if (afterFloat) {
                afterFloat = false;
                g = new VItem.Glue(Math.min(g.height(), gap), g.backdrops());
            }
            items.add(g);
            used += g.height();
            return;
        }
        afterFloat = false;
        VBox box = (VBox) item;
        if (pendingFloat != null && box.floats()) {
            // a waiting figure goes before the next figure: the page ends here, and the space and
            // break before the next figure follow the waiting one to the next page
            queue.addFirst(box);
            int at = items.size();
            while (at > 0 && !(items.get(at - 1) instanceof VBox)) {
                at--;
            }
            breakAt(at, false);
            return;
        }
        float available = frame().height();
        List<Footnote> notes = box.footnotes();
        float demand;
        if (notes.isEmpty()) {
            demand = notesDemand(cited);
        } else {
            List<Footnote> all = new ArrayList<>(cited);
            all.addAll(notes);
            demand = notesDemand(all);
        }
        if (hasBox && used + box.height() + demand > available + 0.01f) {
            if (box.floats() && pendingFloat == null && breakBefore()) {
                pendingFloat = box;
                bestIndex = -1; // no break before the figure's place: the text before it stays on this page
                while (!items.isEmpty() && items.get(items.size() - 1) instanceof VItem.Glue g) {
                    items.remove(items.size() - 1); // the figure's space above goes with it
                    used -= g.height();
                }
                afterFloat = true;
                return;
            }
            queue.addFirst(box);
            if (bestIndex >= 0) {
                breakAt(bestIndex, true);
            } else {
                breakAt(items.size(), false);
            }
            return;
        }
        if (!hasBox) {
            VBox header = box.repeatedHeader();
            if (header != null && header != box) {
                hasBox = true;
                items.add(header);
                used += header.height();
            }
        }
        items.add(box);
        used += box.height();
        cited.addAll(notes);
        hasBox = true;
    }

    /** @return whether the page may break before the next box: a penalty, not a keep, came after the last box */
    private boolean breakBefore() {
        for (int i = items.size() - 1; i >= 0; i--) {
            VItem item = items.get(i);
            if (item instanceof VItem.Penalty p) {
                return p.cost() < VItem.Penalty.INFINITY;
            }
            if (item instanceof VBox) {
                return false;
            }
        }
        return false;
    }

    /**
     * The space notes need if the page ended now: the carried lines, every note but the last
     * whole, and the last's first lines ({@link #reserve}).
     */
    private float notesDemand(List<Footnote> notes) {
        if (notes.isEmpty() && carry.isEmpty()) {
            return 0;
        }
        float h = SEPARATOR;
        for (NoteLine l : carry) {
            h += l.spaceBefore() + l.box().height();
        }
        for (int i = 0; i < notes.size(); i++) {
            Footnote n = notes.get(i);
            h += NOTE_GAP;
            if (i < notes.size() - 1) {
                h += n.height;
            } else {
                h += reserve(n);
            }
        }
        return Math.min(h, frame().height() * 0.85f);
    }

    /**
     * How much of the last note cited on a page must fit on it: the whole note, or for a long
     * one its first lines up to a third of the text block (never fewer than two), so a long note
     * starts substantially on the page of its marker and continues on the next.
     */
    private float reserve(Footnote n) {
        float limit = frame().height() / 3;
        int lines = Math.min(MIN_NOTE_LINES, n.lines.size());
        while (lines < n.lines.size() && n.height(0, lines + 1) <= limit) {
            lines++;
        }
        return n.height(0, lines);
    }

    /**
     * Ends the page before item {@code at}: items before it go on the page; the penalty at it is
     * dropped; items after it start the next page.
     */
    private void breakAt(int at, boolean dropBreakItem) {
        List<VItem> rest = new ArrayList<>(items.subList(Math.min(items.size(), at + (dropBreakItem ? 1 : 0)),
                items.size()));
        List<VItem> content = new ArrayList<>(items.subList(0, Math.min(at, items.size())));
        items.clear();
        finishPage(content);
        for (int i = rest.size() - 1; i >= 0; i--) {
            queue.addFirst(rest.get(i));
        }
        if (pendingFloat != null) {
            queue.addFirst(pendingFloat);
            pendingFloat = null;
        }
    }

    private void resetPage() {
        items.clear();
        cited.clear();
        used = 0;
        hasBox = false;
        bestIndex = -1;
        bestCost = 0;
    }

    private void finishPage(List<VItem> content) {
        Rect frame = frame();
        Page page = new Page(pages.size() + 1, pageWidth, pageHeight, frame, style);
        PageEmitter emitter = new PageEmitter(page);
        while (!content.isEmpty() && !(content.get(content.size() - 1) instanceof VBox)) {
            content.remove(content.size() - 1);
        }
        float bodyHeight = 0;
        for (VItem item : content) {
            bodyHeight += item.height();
        }
        drawBackdrops(content, frame, emitter);
        float y = frame.y();
        List<Footnote> notes = new ArrayList<>();
        for (VItem item : content) {
            if (item instanceof VBox box) {
                box.place(emitter, frame.x(), y);
                notes.addAll(box.footnotes());
            }
            y += item.height();
        }
        placeNotes(notes, frame, bodyHeight, emitter);
        page.trim();
        pages.add(page);
        resetPage();
    }

    private void drawBackdrops(List<VItem> content, Rect frame, Emitter emitter) {
        Map<Backdrop, float[]> open = new IdentityHashMap<>();
        List<Backdrop> order = new ArrayList<>();
        float y = frame.y();
        for (VItem item : content) {
            if (item instanceof VItem.Penalty) {
                continue; // no height, and no backdrop of its own: it neither ends nor extends one
            }
            Backdrop[] here = item.backdrops();
            for (Backdrop b : new ArrayList<>(order)) {
                if (!Backdrop.contains(here, b)) {
                    float[] span = open.remove(b);
                    order.remove(b);
                    drawBackdrop(b, span[0], span[1], frame, emitter);
                }
            }
            for (Backdrop b : here) {
                float[] span = open.get(b);
                if (span == null) {
                    open.put(b, new float[] {y, y + item.height()});
                    order.add(b);
                } else {
                    span[1] = y + item.height();
                }
            }
            y += item.height();
        }
        for (Backdrop b : order) {
            float[] span = open.get(b);
            drawBackdrop(b, span[0], span[1], frame, emitter);
        }
    }

    private static void drawBackdrop(Backdrop b, float top, float bottom, Rect frame, Emitter emitter) {
        if (bottom <= top) {
            return;
        }
        if (b.kind == Backdrop.Kind.FILL) {
            emitter.box(new Fill(frame.x() + b.x, top, b.width, bottom - top, b.colour));
        } else {
            float x = frame.x() + b.x + b.width / 2;
            emitter.box(new Rule(x, top, x, bottom, b.width, b.colour));
        }
    }

    private void placeNotes(List<Footnote> notes, Rect frame, float bodyHeight, Emitter emitter) {
        List<NoteLine> lines = new ArrayList<>(carry);
        for (Footnote n : notes) {
            for (int i = 0; i < n.lines.size(); i++) {
                lines.add(new NoteLine(n.lines.get(i), i == 0 ? NOTE_GAP : n.spaceBefore[i], i == 0));
            }
        }
        carry = new ArrayList<>();
        if (lines.isEmpty()) {
            return;
        }
        float room = frame.height() - bodyHeight - SEPARATOR;
        float h = 0;
        int fit = 0;
        for (NoteLine l : lines) {
            float need = (fit == 0 ? 0 : l.spaceBefore()) + l.box().height();
            if (h + need > room + 0.01f) {
                break;
            }
            h += need;
            fit++;
        }
        if (fit == 0 && bodyHeight == 0) {
            fit = 1; // a page of nothing but one oversized note line: place it anyway
            h = lines.get(0).box().height();
        }
        float top = frame.bottom() - h - SEPARATOR;
        if (fit > 0) {
            float ruleY = top + SEPARATOR * 0.45f;
            emitter.box(new Rule(frame.x(), ruleY, frame.x() + Math.min(frame.width() * 0.3f, 144f), ruleY, 0.5f,
                    ruleColour));
        }
        float y = top + SEPARATOR;
        for (int i = 0; i < fit; i++) {
            NoteLine l = lines.get(i);
            y += i == 0 ? 0 : l.spaceBefore();
            l.box().place(emitter, frame.x(), y);
            y += l.box().height();
        }
        for (int i = fit; i < lines.size(); i++) {
            NoteLine l = lines.get(i);
            carry.add(i == fit ? new NoteLine(l.box(), 0, l.firstOfNote()) : l);
        }
    }

    /** Ends the current page if it has anything on it; the next box starts a new page. */
    void newPage() {
        drain();
        if (hasBox) {
            List<VItem> content = new ArrayList<>(items);
            items.clear();
            finishPage(content);
        }
        if (pendingFloat != null) {
            VBox figure = pendingFloat;
            pendingFloat = null;
            add(figure);
            newPage();
        }
    }

    /**
     * Adds a page drawn by {@code painter}, after ending the current one; on an even page when
     * {@code verso}, after a blank page if the next is odd.
     */
    void fixedPage(PageStyle fixedStyle, boolean verso, java.util.function.Consumer<Emitter> painter) {
        newPage();
        flushCarry();
        if (verso && (pages.size() + 1) % 2 == 1) {
            Page blank = new Page(pages.size() + 1, pageWidth, pageHeight, frame(), PageStyle.NONE);
            blank.trim();
            pages.add(blank);
        }
        PageStyle saved = style;
        style = fixedStyle;
        Page page = new Page(pages.size() + 1, pageWidth, pageHeight, frame(), style);
        painter.accept(new PageEmitter(page));
        page.trim();
        pages.add(page);
        style = saved;
    }

    /** Ends the last page, and adds pages for notes still to place. */
    void finish() {
        newPage();
        flushCarry();
        if (pages.isEmpty()) {
            pages.add(new Page(1, pageWidth, pageHeight, frame(), style));
        }
    }

    /** Draws what waited for the destinations' pages (a table of contents' numbers); call after {@link #finish}. */
    void drawDeferred() {
        for (int i = deferred.size() - 1; i >= 0; i--) {
            PendingDraw d = deferred.get(i);
            List<Box> boxes = new ArrayList<>();
            d.task().draw(boxes::add, name -> destinationPages.getOrDefault(name, 0));
            d.page().insert(d.index(), boxes);
        }
        deferred.clear();
    }

    private void flushCarry() {
        int guard = 0;
        while (!carry.isEmpty() && guard++ < 10_000) {
            finishPage(new ArrayList<>());
        }
    }

    private void drain() {
        if (!draining) {
            draining = true;
            try {
                while (!queue.isEmpty()) {
                    process(queue.pollFirst());
                }
            } finally {
                draining = false;
            }
        }
    }

    /** Adds boxes to a page, and records headings and destinations as they land. */
    private final class PageEmitter implements Emitter {
        private final Page page;

        PageEmitter(Page page) {
            this.page = page;
        }

        @Override
        public int page() {
            return page.number();
        }

        @Override
        public void box(Box box) {
            page.add(box);
        }

        @Override
        public void heading(HeadingInfo h, float x, float y) {
            if (placed.add(h.destination())) {
                destinationPages.put(h.destination(), page.number());
                page.add(new Destination(h.destination(), x, y));
                headings.add(new HeadingRecord(h.level(), h.label(), h.text(), page.number(), y, h.destination(),
                        h.id(), h.generated()));
            }
        }

        @Override
        public void destination(String name, float x, float y) {
            if (placed.add(name)) {
                destinationPages.put(name, page.number());
                page.add(new Destination(name, x, y));
            }
        }

        @Override
        public void later(Deferred task) {
            deferred.add(new PendingDraw(page, page.boxes().size(), task));
        }
    }
}
