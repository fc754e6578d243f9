package org.briefkit.docx.internal.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.briefkit.compose.HeadingInfo;
import org.briefkit.compose.Part;
import org.briefkit.compose.Wording;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.model.Block;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Walk;

/**
 * What the layout knows before it writes anything: the parts in order, the bookmarks of the
 * headings the layout adds, and so the table of contents, which comes before the headings it
 * lists.
 *
 * <p>The table of contents lists what Word's own TOC field lists once updated: every Heading 1..n
 * paragraph of the main text, the layout's "Executive Summary", "Notes" and "About the Authors"
 * included, so updating the field in Word changes page numbers, not entries.
 */
final class Plan {
    /** One line of the table of contents. */
    record Entry(int level, String number, String text, String bookmark) {
    }

    final List<Part> parts;
    final String summaryBookmark;
    final String notesBookmark;
    final String authorsBookmark;
    final List<Entry> toc;

    Plan(RenderContext ctx, List<Part> parts) {
        this.parts = parts;
        summaryBookmark = ctx.anchors().generated("executive_summary");
        notesBookmark = ctx.anchors().generated("notes");
        authorsBookmark = ctx.anchors().generated("about_the_authors");
        toc = parts.contains(Part.CONTENTS) ? toc(ctx) : List.of();
    }

    /** @return whether the part is a press release's */
    static boolean pressRelease(RenderContext ctx) {
        return ctx.meta().kind() == DocumentKind.PRESS_RELEASE;
    }

    private List<Entry> toc(RenderContext ctx) {
        Set<Block> summary = blocksOf(ctx.document().summary());
        Set<Block> back = blocksOf(ctx.document().backMatter());
        List<HeadingInfo> listed = ctx.headings().toc();
        List<Entry> entries = new ArrayList<>();
        for (Part part : parts) {
            switch (part) {
                case SUMMARY -> {
                    entries.add(new Entry(1, "", Wording.SUMMARY, summaryBookmark));
                    add(ctx, listed, h -> summary.contains(h.heading()), entries);
                }
                case BODY -> add(ctx, listed, h -> !summary.contains(h.heading()) && !back.contains(h.heading()), entries);
                case ENDNOTES -> entries.add(new Entry(1, "", Wording.NOTES, notesBookmark));
                case BACK_MATTER -> add(ctx, listed, h -> back.contains(h.heading()), entries);
                case ABOUT_AUTHORS -> entries.add(new Entry(1, "", Wording.ABOUT_AUTHORS, authorsBookmark));
                default -> {
                }
            }
        }
        return List.copyOf(entries);
    }

    private static void add(RenderContext ctx, List<HeadingInfo> headings, java.util.function.Predicate<HeadingInfo> in,
            List<Entry> out) {
        for (HeadingInfo h : headings) {
            if (in.test(h)) {
                out.add(new Entry(h.heading().level(), h.number(), h.text(), ctx.anchors().nameOf(h.anchor())));
            }
        }
    }

    private static Set<Block> blocksOf(List<Block> blocks) {
        Set<Block> all = Collections.newSetFromMap(new IdentityHashMap<>());
        Walk.nodes(blocks, all::add, inline -> { });
        return all;
    }
}
