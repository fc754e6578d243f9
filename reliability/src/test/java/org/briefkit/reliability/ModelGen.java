package org.briefkit.reliability;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.Author;
import org.briefkit.model.Block;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BulletList;
import org.briefkit.model.Callout;
import org.briefkit.model.Code;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Contact;
import org.briefkit.model.Div;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Figure;
import org.briefkit.model.Heading;
import org.briefkit.model.Image;
import org.briefkit.model.Inline;
import org.briefkit.model.LineBreak;
import org.briefkit.model.Link;
import org.briefkit.model.ListItem;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.NumberStyle;
import org.briefkit.model.OrderedList;
import org.briefkit.model.Organization;
import org.briefkit.model.PageBreak;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PullQuote;
import org.briefkit.model.RelatedItem;
import org.briefkit.model.Release;
import org.briefkit.model.SmallCaps;
import org.briefkit.model.Span;
import org.briefkit.model.Strikeout;
import org.briefkit.model.Strong;
import org.briefkit.model.Subscript;
import org.briefkit.model.Superscript;
import org.briefkit.model.Table;
import org.briefkit.model.TableCell;
import org.briefkit.model.TableColumn;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;
import org.briefkit.model.ThematicBreak;
import org.briefkit.theme.HeadingNumbering;
import org.briefkit.theme.NotePlacement;
import org.briefkit.theme.Theme;

/**
 * Random documents made through the model's public constructors: every kind of block and inline,
 * nested a few levels (lists in quotes in callouts, notes with lists, emphasis in links in
 * notes...), ids and internal links that resolve, figures with real PNG and JPEG pictures, every
 * kind of metadata, and random themes. One generator per case, seeded, so a failing case is
 * made again from its seed alone.
 */
final class ModelGen {
    private static final String[] CLASSES = {"callout", "box", "sidebar", "center", "right", "left", "ragged",
        "small", "lead", "page-break", "unnumbered", "appendix", "summary", "pull-quote", "smallcaps", "underline",
        "takeaways", "recommendations", "custom-style", "x"};

    private final Random random;
    private final TextGen text;
    private final int maxDepth;
    private final List<String> ids = new ArrayList<>();
    private int blocks;
    private int nextId;
    private int notesOpen;

    /**
     * @param seed     the case's seed
     * @param hostile  whether one string gets a character the model refuses
     * @param maxDepth how deep blocks may nest (1 for flat)
     */
    ModelGen(long seed, boolean hostile, int maxDepth) {
        this.random = new Random(seed);
        this.text = new TextGen(random, hostile ? random.nextInt(40) : -1);
        this.maxDepth = maxDepth;
    }

    /** @return whether a refused character was put into the document's text */
    boolean injected() {
        return text.injected();
    }

    /** @return a theme chosen at random among the options that change layout */
    Theme theme() {
        Theme.Builder b = (random.nextBoolean() ? Theme.letter() : Theme.a4()).toBuilder();
        b.notes(NotePlacement.values()[random.nextInt(NotePlacement.values().length)]);
        b.coverPage(random.nextBoolean());
        b.tableOfContents(random.nextBoolean());
        b.justify(random.nextInt(3) != 0);
        b.hyphenate(random.nextInt(3) != 0);
        b.headingNumbering(HeadingNumbering.values()[random.nextInt(HeadingNumbering.values().length)]);
        b.runningHeadsOnFirstPage(random.nextBoolean());
        b.pdfA(random.nextInt(8) == 0);
        return b.build();
    }

    /**
     * @return a whole document; may throw {@link org.briefkit.InvalidDocumentException} when
     *         {@link #injected()}
     */
    Document document() {
        Metadata metadata = metadata();
        List<Block> summary = random.nextInt(4) == 0 ? blocks(1 + random.nextInt(3), 1) : List.of();
        List<Block> body = blocks(random.nextInt(10), 1);
        List<Block> back = random.nextInt(5) == 0 ? blocks(1 + random.nextInt(3), 1) : List.of();
        return new Document(metadata, summary, body, back);
    }

    Metadata metadata() {
        DocumentKind kind = DocumentKind.values()[random.nextInt(DocumentKind.values().length)];
        Metadata.Builder b = Metadata.builder(text.required()).kind(kind);
        if (random.nextBoolean()) {
            b.subtitle(text.words());
        }
        if (random.nextInt(3) == 0) {
            b.shortTitle(text.words());
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            b.author(new Author(text.required(), random.nextBoolean() ? text.words() : "",
                    random.nextInt(3) == 0 ? text.text() : ""));
        }
        if (random.nextBoolean()) {
            Optional<Image> logo = random.nextInt(4) == 0 ? Optional.of(Pictures.any(random)) : Optional.empty();
            b.organization(new Organization(text.required(), random.nextBoolean() ? text.text() : "",
                    random.nextBoolean() ? "https://example.org/" : "", random.nextBoolean() ? text.words() : "", logo));
        }
        if (random.nextBoolean()) {
            b.programLabel(text.words());
        }
        if (random.nextBoolean()) {
            b.date(LocalDate.of(2000 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        if (kind == DocumentKind.PRESS_RELEASE && random.nextBoolean()) {
            b.dateline(text.required(), LocalDate.of(2026, 3, 15));
        }
        if (random.nextInt(3) == 0) {
            b.release(random.nextBoolean() ? Release.immediate()
                    : Release.embargoedUntil(ZonedDateTime.of(2026, 3, 15, 9, 0, 0, 0, ZoneId.of("America/New_York"))));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            b.contact(new Contact(text.required(), random.nextBoolean() ? text.words() : "",
                    random.nextBoolean() ? "press@example.org" : "", random.nextBoolean() ? "+1 202 555 0100" : ""));
        }
        if (random.nextBoolean()) {
            b.keywords(text.words(), text.words());
        }
        if (random.nextInt(4) == 0) {
            b.language(new String[] {"en-GB", "ko-KR", "ar", "he-IL", "de-DE", "zh-Hant-TW", "en-US"}[random.nextInt(7)]);
        }
        if (random.nextBoolean()) {
            b.copyright("© " + text.words());
        }
        if (random.nextInt(3) == 0) {
            b.license(text.words());
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            b.related(new RelatedItem(text.required(), random.nextBoolean() ? text.words() : "",
                    random.nextBoolean() ? "https://example.org/r" + i : ""));
        }
        if (random.nextInt(4) == 0) {
            b.endMark(random.nextBoolean() ? "-30-" : "");
        }
        return b.build();
    }

    private List<Block> blocks(int count, int depth) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < count && blocks < 30; i++) {
            out.add(block(depth));
        }
        return out;
    }

    Block block(int depth) {
        blocks++;
        boolean leaf = depth >= maxDepth;
        int roll = random.nextInt(leaf ? 40 : 100);
        if (roll < 10) {
            return new Heading(1 + random.nextInt(6), attr(true), inlines(1 + random.nextInt(4), depth));
        } else if (roll < 30) {
            if (depth == 1 && random.nextInt(40) == 0) {
                return new Paragraph(List.of(new Text(text.huge())));
            }
            return new Paragraph(inlines(random.nextInt(10), depth));
        } else if (roll < 34) {
            return new CodeBlock(attr(true), text.codeLines());
        } else if (roll < 36) {
            return new ThematicBreak();
        } else if (roll < 37) {
            return new PageBreak();
        } else if (roll < 40) {
            return figure(depth);
        } else if (roll < 50) {
            return new BulletList(items(depth));
        } else if (roll < 58) {
            return new OrderedList(random.nextInt(10) == 0 ? random.nextInt(5000) : 1,
                    NumberStyle.values()[random.nextInt(NumberStyle.values().length)], items(depth));
        } else if (roll < 65) {
            return new BlockQuote(blocks(1 + random.nextInt(3), depth + 1),
                    random.nextBoolean() ? inlines(1 + random.nextInt(2), depth) : List.of());
        } else if (roll < 70) {
            return new PullQuote(inlines(1 + random.nextInt(3), depth),
                    random.nextBoolean() ? inlines(1, depth) : List.of());
        } else if (roll < 78) {
            return new Callout(attr(true), random.nextBoolean() ? inlines(1 + random.nextInt(2), depth) : List.of(),
                    blocks(random.nextInt(4), depth + 1));
        } else if (roll < 90) {
            return table(depth);
        } else {
            return new Div(attr(true), blocks(random.nextInt(4), depth + 1));
        }
    }

    private List<ListItem> items(int depth) {
        List<ListItem> items = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            items.add(new ListItem(blocks(random.nextInt(3), depth + 1)));
        }
        return items;
    }

    private Figure figure(int depth) {
        return new Figure(attr(true), Pictures.any(random), text.required(),
                random.nextBoolean() ? inlines(1 + random.nextInt(3), depth) : List.of(),
                random.nextBoolean() ? inlines(1, depth) : List.of());
    }

    private Table table(int depth) {
        int columns = 1 + random.nextInt(random.nextInt(8) == 0 ? 8 : 4);
        List<TableColumn> cols = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            cols.add(new TableColumn(Alignment.values()[random.nextInt(3)],
                    random.nextInt(3) == 0 ? random.nextInt(10) : 0));
        }
        List<TableRow> head = rows(random.nextInt(3), columns, depth);
        List<TableRow> body = rows(random.nextInt(head.isEmpty() ? 6 : 7) + (head.isEmpty() ? 1 : 0), columns, depth);
        return new Table(attr(true), random.nextBoolean() ? inlines(1 + random.nextInt(2), depth) : List.of(), cols,
                head, body);
    }

    private List<TableRow> rows(int count, int columns, int depth) {
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                int roll = random.nextInt(10);
                if (roll == 0) {
                    cells.add(new TableCell(List.of()));
                } else if (roll == 1 && depth < Math.min(maxDepth, 3)) {
                    cells.add(new TableCell(blocks(1 + random.nextInt(2), depth + 1)));
                } else {
                    cells.add(new TableCell(List.of(new Paragraph(inlines(1 + random.nextInt(3), depth)))));
                }
            }
            rows.add(new TableRow(cells));
        }
        return rows;
    }

    private List<Inline> inlines(int count, int depth) {
        List<Inline> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(inline(depth));
        }
        return out;
    }

    Inline inline(int depth) {
        boolean leaf = depth >= maxDepth + 2;
        int roll = random.nextInt(leaf ? 55 : 100);
        if (roll < 50) {
            return new Text(text.text());
        } else if (roll < 53) {
            return new Code(attr(false), text.code());
        } else if (roll < 55) {
            return new LineBreak();
        } else if (roll < 61) {
            return new Emphasis(inlines(1 + random.nextInt(3), depth + 1));
        } else if (roll < 67) {
            return new Strong(inlines(1 + random.nextInt(3), depth + 1));
        } else if (roll < 70) {
            return new Strikeout(inlines(1 + random.nextInt(2), depth + 1));
        } else if (roll < 73) {
            return new Superscript(inlines(1 + random.nextInt(2), depth + 1));
        } else if (roll < 76) {
            return new Subscript(inlines(1 + random.nextInt(2), depth + 1));
        } else if (roll < 79) {
            return new SmallCaps(inlines(1 + random.nextInt(2), depth + 1));
        } else if (roll < 84) {
            return new Span(attr(false), inlines(1 + random.nextInt(3), depth + 1));
        } else if (roll < 92) {
            return link(depth);
        } else if (notesOpen < 2) {
            notesOpen++;
            try {
                List<Block> content = blocks(1 + random.nextInt(2), depth + 1);
                return new Note(content.isEmpty() ? List.of(new Paragraph(List.of(new Text(text.required()))))
                        : content);
            } finally {
                notesOpen--;
            }
        }
        return new Text(text.text());
    }

    private Link link(int depth) {
        String target;
        if (!ids.isEmpty() && random.nextBoolean()) {
            target = "#" + ids.get(random.nextInt(ids.size()));
        } else {
            target = new String[] {"https://example.org/a?b=c&d=e", "mailto:press@example.org", "page.html",
                "https://例え.jp/パス", "ftp://example.org/file", "https://example.org/a%20b#frag"}[random.nextInt(6)];
        }
        return new Link(attr(false), inlines(1 + random.nextInt(2), depth + 1), target,
                random.nextInt(4) == 0 ? text.words() : "");
    }

    /** Attributes: sometimes a fresh id (remembered, so later links can point to it), classes, key/values. */
    private Attr attr(boolean block) {
        if (random.nextInt(3) != 0) {
            return Attr.EMPTY;
        }
        String id = "";
        if (random.nextBoolean()) {
            id = (random.nextInt(5) == 0 ? "é-" : "id-") + nextId++;
            ids.add(id);
        }
        List<String> classes = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            classes.add(CLASSES[random.nextInt(CLASSES.length)]);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        if (random.nextInt(4) == 0) {
            attributes.put("custom-style", text.words());
        }
        return new Attr(id, classes, attributes);
    }
}
