package org.briefkit.compose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.briefkit.model.Block;
import org.briefkit.model.Document;
import org.briefkit.model.Walk;
import org.briefkit.theme.Theme;

/**
 * The entries of a table of contents, in the order the parts are laid out: the document's
 * headings up to the theme's depth, and the headings the layout adds ("Executive Summary",
 * "Notes", "About the Authors"). Both renderers list the same entries, which are also what
 * Word's TOC field lists once updated.
 */
public final class Contents {
    private Contents() {
    }

    /**
     * @param document the document
     * @param theme    its theme
     * @param headings the document's headings, as {@link Headings#of} gives them
     * @return the entries, in reading order
     */
    public static List<ContentsEntry> of(Document document, Theme theme, Headings headings) {
        Set<Block> summary = blocksOf(document.summary());
        Set<Block> back = blocksOf(document.backMatter());
        List<ContentsEntry> entries = new ArrayList<>();
        for (Part part : Composition.parts(document, theme)) {
            switch (part) {
                case SUMMARY -> {
                    entries.add(new ContentsEntry(1, "", Wording.SUMMARY, headings.anchorOf(Part.SUMMARY)));
                    add(headings, h -> summary.contains(h.heading()), entries);
                }
                case BODY -> add(headings, h -> !summary.contains(h.heading()) && !back.contains(h.heading()),
                        entries);
                case ENDNOTES -> entries.add(new ContentsEntry(1, "", Wording.NOTES, headings.anchorOf(Part.ENDNOTES)));
                case BACK_MATTER -> add(headings, h -> back.contains(h.heading()), entries);
                case ABOUT_AUTHORS -> entries.add(new ContentsEntry(1, "", Wording.ABOUT_AUTHORS,
                        headings.anchorOf(Part.ABOUT_AUTHORS)));
                default -> {
                }
            }
        }
        return List.copyOf(entries);
    }

    private static void add(Headings headings, Predicate<HeadingInfo> in, List<ContentsEntry> out) {
        for (HeadingInfo h : headings.toc()) {
            if (in.test(h)) {
                out.add(new ContentsEntry(h.heading().level(), h.number(), h.text(), h.anchor()));
            }
        }
    }

    private static Set<Block> blocksOf(List<Block> blocks) {
        Set<Block> all = Collections.newSetFromMap(new IdentityHashMap<>());
        Walk.nodes(blocks, all::add, inline -> { });
        return all;
    }
}
