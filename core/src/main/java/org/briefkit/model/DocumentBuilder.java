package org.briefkit.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.briefkit.InvalidDocumentException;

/**
 * Builds a {@link Document} block by block, in reading order. Each block is checked as it is
 * made; {@link #build()} checks the document as a whole (ids, internal links, nesting).
 *
 * <pre>{@code
 * Document doc = Document.builder(Metadata.builder("Water in 2040").build())
 *         .heading(1, "Summary")
 *         .paragraph("Demand grows faster than supply.")
 *         .bullets("Price water", "Fix leaks")
 *         .build();
 * }</pre>
 */
public final class DocumentBuilder {
    private final Metadata metadata;
    private final List<Block> summary = new ArrayList<>();
    private final List<Block> body = new ArrayList<>();
    private final List<Block> backMatter = new ArrayList<>();

    DocumentBuilder(Metadata metadata) {
        this.metadata = Checks.present("metadata", metadata);
    }

    /** @param blocks blocks for the executive summary; @return this builder */
    public DocumentBuilder summary(Block... blocks) {
        summary.addAll(checked("summary", summary.size(), blocks));
        return this;
    }

    /** @param blocks blocks for the body, in order; @return this builder */
    public DocumentBuilder add(Block... blocks) {
        body.addAll(checked("body", body.size(), blocks));
        return this;
    }

    /** @param blocks blocks for the back matter (appendices); @return this builder */
    public DocumentBuilder appendix(Block... blocks) {
        backMatter.addAll(checked("backMatter", backMatter.size(), blocks));
        return this;
    }

    /** @param level 1 to 6; @param text the heading; @return this builder */
    public DocumentBuilder heading(int level, String text) {
        return add(Heading.of(level, text));
    }

    /**
     * @param level 1 to 6
     * @param id    an id for cross-references
     * @param text  the heading
     * @return this builder
     */
    public DocumentBuilder heading(int level, String id, String text) {
        return add(new Heading(level, Attr.id(id), List.of(new Text(text))));
    }

    /** @param text plain text; @return this builder */
    public DocumentBuilder paragraph(String text) {
        return add(Paragraph.of(text));
    }

    /** @param content inlines; @return this builder */
    public DocumentBuilder paragraph(Inline... content) {
        return add(Paragraph.of(content));
    }

    /** @param items one paragraph per item; @return this builder */
    public DocumentBuilder bullets(String... items) {
        return add(new BulletList(Arrays.stream(items).map(ListItem::of).toList()));
    }

    /** @param items one paragraph per item, numbered from 1; @return this builder */
    public DocumentBuilder numbered(String... items) {
        return add(new OrderedList(1, NumberStyle.DECIMAL, Arrays.stream(items).map(ListItem::of).toList()));
    }

    /**
     * @param text        the quotation
     * @param attribution who said it; "" for none
     * @return this builder
     */
    public DocumentBuilder quote(String text, String attribution) {
        return add(new BlockQuote(List.of(Paragraph.of(text)), inlines(attribution)));
    }

    /**
     * @param text        the words to pull out
     * @param attribution who said them; "" for none
     * @return this builder
     */
    public DocumentBuilder pullQuote(String text, String attribution) {
        return add(new PullQuote(List.of(new Text(text)), inlines(attribution)));
    }

    /**
     * @param title  the box's title, such as "Key takeaways"
     * @param blocks what the box holds
     * @return this builder
     */
    public DocumentBuilder callout(String title, Block... blocks) {
        return add(new Callout(Attr.EMPTY, inlines(title), List.of(blocks)));
    }

    /** @param text code, lines separated by LF; @return this builder */
    public DocumentBuilder code(String text) {
        return add(new CodeBlock(Attr.EMPTY, text));
    }

    /** @return this builder, with a page break added */
    public DocumentBuilder pageBreak() {
        return add(new PageBreak());
    }

    /**
     * @return the document
     * @throws InvalidDocumentException when an id repeats, an internal link has no target, or
     *                                  nesting is too deep
     */
    public Document build() {
        return new Document(metadata, summary, body, backMatter);
    }

    private static List<Inline> inlines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(new Text(text));
    }

    private static List<Block> checked(String part, int offset, Block[] blocks) {
        for (int i = 0; i < blocks.length; i++) {
            if (blocks[i] == null) {
                throw new InvalidDocumentException(part + "[" + (offset + i) + "]", "is missing (null)");
            }
        }
        return Arrays.asList(blocks);
    }
}
