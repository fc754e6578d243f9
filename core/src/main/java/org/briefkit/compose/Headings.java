package org.briefkit.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefkit.model.Block;
import org.briefkit.model.Document;
import org.briefkit.model.Heading;
import org.briefkit.model.Note;
import org.briefkit.model.PlainText;
import org.briefkit.model.Walk;
import org.briefkit.theme.Theme;

/**
 * Every heading of a document with its anchor and number, in reading order. Both renderers use
 * it, so bookmarks, TOC entries and cross-references have the same names and numbers in the PDF
 * and the DOCX. Headings are told apart by identity: two headings with equal text are two entries.
 *
 * <p>Numbering (when the theme numbers the document's kind): body headings 1, 1.1, 1.1.1 down to
 * the theme's numbered levels; back-matter headings are appendices, a level-1 one numbered
 * "Appendix A" (so "# Glossary {.appendix}" reads "Appendix A  Glossary"), the levels under it
 * A.1, A.1.1; summary headings and headings with the class {@code unnumbered} none. Headings
 * inside notes are neither numbered nor listed.
 */
public final class Headings {
    private final List<HeadingInfo> all;
    private final Map<Heading, HeadingInfo> byHeading;
    private final Map<Part, String> partAnchors;

    private Headings(List<HeadingInfo> all, Map<Part, String> partAnchors) {
        this.all = List.copyOf(all);
        this.partAnchors = Map.copyOf(partAnchors);
        this.byHeading = new IdentityHashMap<>();
        all.forEach(info -> byHeading.put(info.heading(), info));
    }

    /**
     * @param document the document
     * @param theme    its theme (numbering and TOC depth)
     * @return its headings
     */
    public static Headings of(Document document, Theme theme) {
        Set<String> taken = new HashSet<>();
        Walk.document(document, block -> {
            if (block instanceof Heading h && h.attr().hasId()) {
                taken.add(h.attr().id());
            }
        }, inline -> { });
        Numberer numbers = new Numberer(theme, document.metadata().kind());
        List<HeadingInfo> all = new ArrayList<>();
        collect(document.summary(), null, taken, theme, all);
        collect(document.body(), numbers, taken, theme, all);
        numbers.startAppendices();
        collect(document.backMatter(), numbers, taken, theme, all);
        Map<Part, String> parts = new java.util.EnumMap<>(Part.class);
        for (Part part : List.of(Part.CONTENTS, Part.SUMMARY, Part.ENDNOTES, Part.ABOUT_AUTHORS)) {
            String id = part.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            while (!taken.add(id)) {
                id = id + "-";
            }
            parts.put(part, id);
        }
        return new Headings(all, parts);
    }

    private static void collect(List<Block> blocks, Numberer numbers, Set<String> taken, Theme theme,
            List<HeadingInfo> out) {
        Set<Object> insideNotes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Walk.nodes(blocks, block -> {
            if (block instanceof Heading h && !insideNotes.contains(h)) {
                String number = numbers == null || h.attr().hasClass("unnumbered") ? "" : numbers.next(h.level());
                out.add(new HeadingInfo(h, anchor(h, out.size() + 1, taken), number, PlainText.of(h.content()),
                        h.level() <= theme.tocDepth()));
            }
        }, inline -> {
            if (inline instanceof Note note) {
                Walk.nodes(note.content(), insideNotes::add, i -> { });
            }
        });
    }

    private static String anchor(Heading h, int ordinal, Set<String> taken) {
        if (h.attr().hasId()) {
            return h.attr().id();
        }
        String id = "section-" + ordinal;
        while (!taken.add(id)) {
            id = id + "-";
        }
        return id;
    }

    /**
     * The anchor of a heading the layout adds itself: "Contents", "Executive Summary", "Notes",
     * "About the Authors". Unique in the document, like every other anchor.
     *
     * @param part {@link Part#CONTENTS}, {@link Part#SUMMARY}, {@link Part#ENDNOTES} or {@link Part#ABOUT_AUTHORS}
     * @return its anchor
     * @throws IllegalArgumentException for a part without a heading of its own
     */
    public String anchorOf(Part part) {
        String anchor = partAnchors.get(part);
        if (anchor == null) {
            throw new IllegalArgumentException(part + " has no heading of its own");
        }
        return anchor;
    }

    /** @return every heading, in reading order */
    public List<HeadingInfo> all() {
        return all;
    }

    /** @return the headings the table of contents lists, in order */
    public List<HeadingInfo> toc() {
        return all.stream().filter(HeadingInfo::inToc).toList();
    }

    /**
     * @param heading a heading of the document (the same object)
     * @return its information
     * @throws IllegalArgumentException when the heading is not the document's
     */
    public HeadingInfo of(Heading heading) {
        HeadingInfo info = byHeading.get(heading);
        if (info == null) {
            throw new IllegalArgumentException("not a heading of this document: " + heading);
        }
        return info;
    }

    /** @param heading a heading; @return whether it belongs to this document's list */
    public boolean contains(Heading heading) {
        return byHeading.containsKey(heading);
    }

    /** Heading counters: 1, 1.1, ... in the body and Appendix A, A.1, ... in the back matter. */
    private static final class Numberer {
        private final boolean enabled;
        private final int levels;
        private final int[] counters = new int[7];
        private boolean appendices;

        Numberer(Theme theme, org.briefkit.model.DocumentKind kind) {
            enabled = theme.numberHeadings(kind);
            levels = theme.numberedLevels();
        }

        void startAppendices() {
            appendices = true;
            java.util.Arrays.fill(counters, 0);
        }

        String next(int level) {
            if (!enabled || level > levels) {
                return "";
            }
            counters[level]++;
            for (int deeper = level + 1; deeper < counters.length; deeper++) {
                counters[deeper] = 0;
            }
            StringBuilder out = new StringBuilder(appendices && level == 1 ? Wording.APPENDIX + " " : "");
            for (int l = 1; l <= level; l++) {
                if (l > 1) {
                    out.append('.');
                }
                int n = Math.max(counters[l], 1);
                out.append(appendices && l == 1 ? org.briefkit.model.NumberStyle.UPPER_ALPHA.format(n)
                        : Integer.toString(n));
            }
            return out.toString();
        }
    }
}
