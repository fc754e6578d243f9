package org.briefkit.docx.internal.layout;

import java.util.List;
import org.briefkit.compose.Contents;
import org.briefkit.compose.ContentsEntry;
import org.briefkit.compose.Part;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.model.DocumentKind;

/**
 * What the layout knows before it writes anything: the parts in order, the bookmarks of the
 * headings the layout adds, and so the table of contents, which comes before the headings it
 * lists.
 *
 * <p>The table of contents lists core's {@link Contents} entries, the same as the PDF's: every
 * heading down to the theme's depth, the layout's "Executive Summary", "Notes" and "About the
 * Authors" included. They are also what Word's own TOC field lists once updated, so updating it
 * in Word changes page numbers, not entries.
 */
final class Plan {
    final List<Part> parts;
    final String summaryBookmark;
    final String notesBookmark;
    final String authorsBookmark;
    final List<ContentsEntry> toc;

    Plan(RenderContext ctx, List<Part> parts) {
        this.parts = parts;
        summaryBookmark = ctx.anchors().nameOf(ctx.headings().anchorOf(Part.SUMMARY));
        notesBookmark = ctx.anchors().nameOf(ctx.headings().anchorOf(Part.ENDNOTES));
        authorsBookmark = ctx.anchors().nameOf(ctx.headings().anchorOf(Part.ABOUT_AUTHORS));
        toc = parts.contains(Part.CONTENTS) ? Contents.of(ctx.document(), ctx.theme(), ctx.headings()) : List.of();
    }

    /** @return whether the part is a press release's */
    static boolean pressRelease(RenderContext ctx) {
        return ctx.meta().kind() == DocumentKind.PRESS_RELEASE;
    }
}
