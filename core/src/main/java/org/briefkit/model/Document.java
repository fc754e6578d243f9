package org.briefkit.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefkit.InvalidDocumentException;

/**
 * A whole document: what it is ({@link Metadata}) and what it says, in three parts.
 *
 * <p>Building one checks what no single block can: ids are unique, every internal link points
 * to an id that exists, and nesting stays within {@link #MAX_DEPTH} levels (so renderers may
 * recurse without fear for the stack).
 *
 * @param metadata   title, authors, release and the rest
 * @param summary    the executive summary; empty for none
 * @param body       the main text
 * @param backMatter appendices, after the notes; empty for none
 */
public record Document(Metadata metadata, List<Block> summary, List<Block> body, List<Block> backMatter) {
    /** How deep blocks and inlines may nest: far beyond real documents, far within a thread's stack. */
    public static final int MAX_DEPTH = 100;

    /** Checks ids, internal links and nesting depth across the whole document. */
    public Document {
        metadata = Checks.present("metadata", metadata);
        summary = Checks.list("summary", summary);
        body = Checks.list("body", body);
        backMatter = Checks.list("backMatter", backMatter);
        Set<String> ids = new HashSet<>();
        List<Link> internal = new java.util.ArrayList<>();
        for (var part : List.of(java.util.Map.entry("summary", summary), java.util.Map.entry("body", body),
                java.util.Map.entry("backMatter", backMatter))) {
            Walk.walk(part.getValue(), block -> addId(idOf(block), ids), inline -> {
                if (inline instanceof Span s) {
                    addId(s.attr().id(), ids);
                } else if (inline instanceof Code c) {
                    addId(c.attr().id(), ids);
                } else if (inline instanceof Link l) {
                    addId(l.attr().id(), ids);
                    if (l.isInternal()) {
                        internal.add(l);
                    }
                }
            }, node -> true, MAX_DEPTH, part.getKey());
        }
        for (Link link : internal) {
            if (!ids.contains(link.targetId())) {
                throw new InvalidDocumentException("link '" + link.target() + "' (" + PlainText.of(link.content()) + ")",
                        "points to no id in the document");
            }
        }
    }

    /** @param metadata what the document is; @return a builder for its text */
    public static DocumentBuilder builder(Metadata metadata) {
        return new DocumentBuilder(metadata);
    }

    private static String idOf(Block block) {
        if (block instanceof Heading h) {
            return h.attr().id();
        } else if (block instanceof Div d) {
            return d.attr().id();
        } else if (block instanceof Callout c) {
            return c.attr().id();
        } else if (block instanceof Table t) {
            return t.attr().id();
        } else if (block instanceof Figure f) {
            return f.attr().id();
        } else if (block instanceof CodeBlock c) {
            return c.attr().id();
        }
        return "";
    }

    private static void addId(String id, Set<String> ids) {
        if (!id.isEmpty() && !ids.add(id)) {
            throw new InvalidDocumentException("id '" + id + "'", "is used twice");
        }
    }
}
