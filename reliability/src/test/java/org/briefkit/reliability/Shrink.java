package org.briefkit.reliability;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.InvalidDocumentException;
import org.briefkit.model.Block;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BulletList;
import org.briefkit.model.Callout;
import org.briefkit.model.Div;
import org.briefkit.model.Document;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Figure;
import org.briefkit.model.Heading;
import org.briefkit.model.Inline;
import org.briefkit.model.Link;
import org.briefkit.model.ListItem;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.OrderedList;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PullQuote;
import org.briefkit.model.SmallCaps;
import org.briefkit.model.Span;
import org.briefkit.model.Strikeout;
import org.briefkit.model.Strong;
import org.briefkit.model.Subscript;
import org.briefkit.model.Superscript;
import org.briefkit.model.Table;
import org.briefkit.model.TableCell;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;

/**
 * Smaller documents made from a failing one, for a readable report. Every block, inline, table
 * row and text of the tree, at any depth, is numbered in reading order; a candidate is the
 * document with one of them removed, unwrapped (a container replaced by what it holds) or, for
 * a text, cut in half. Candidates the model refuses (an empty note, a link whose target went
 * away) are skipped.
 */
final class Shrink {
    private enum Op { REMOVE, UNWRAP, HALVE_FRONT, HALVE_BACK }

    private final int target;
    private final Op op;
    private int counter;

    private Shrink(int target, Op op) {
        this.target = target;
        this.op = op;
    }

    /** @param d a document; @return smaller documents, the biggest cuts first */
    static List<Document> candidates(Document d) {
        List<Document> out = new ArrayList<>();
        Metadata plain = Metadata.builder(d.metadata().title()).kind(d.metadata().kind()).build();
        if (!plain.equals(d.metadata())) {
            add(out, () -> new Document(plain, d.summary(), d.body(), d.backMatter()));
        }
        int nodes = count(d);
        for (Op op : Op.values()) {
            for (int k = 0; k < nodes; k++) {
                Shrink s = new Shrink(k, op);
                add(out, () -> new Document(d.metadata(), s.blocks(d.summary()), s.blocks(d.body()),
                        s.blocks(d.backMatter())));
            }
        }
        return out;
    }

    private static int count(Document d) {
        Shrink s = new Shrink(-1, Op.REMOVE);
        s.blocks(d.summary());
        s.blocks(d.body());
        s.blocks(d.backMatter());
        return s.counter;
    }

    private interface Make {
        Document make();
    }

    private static void add(List<Document> out, Make make) {
        try {
            out.add(make.make());
        } catch (InvalidDocumentException | UnsupportedOperationException e) {
            // A note left empty, a link whose target went away: not a candidate.
        }
    }

    private boolean hit() {
        return counter++ == target;
    }

    List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            boolean mine = hit();
            if (mine && op == Op.REMOVE) {
                continue;
            }
            if (mine && op == Op.UNWRAP) {
                List<Block> inner = inner(b);
                if (inner == null) {
                    throw new UnsupportedOperationException();
                }
                out.addAll(blocks(inner));
                continue;
            }
            if (mine) {
                throw new UnsupportedOperationException();
            }
            out.add(block(b));
        }
        return out;
    }

    private static List<Block> inner(Block b) {
        if (b instanceof BlockQuote q) {
            return q.content();
        } else if (b instanceof Callout c) {
            return c.content();
        } else if (b instanceof Div v) {
            return v.content();
        } else if (b instanceof BulletList l) {
            return l.items().stream().flatMap(i -> i.content().stream()).toList();
        } else if (b instanceof OrderedList l) {
            return l.items().stream().flatMap(i -> i.content().stream()).toList();
        } else if (b instanceof Table t) {
            List<Block> all = new ArrayList<>();
            for (List<TableRow> rows : List.of(t.head(), t.body())) {
                rows.forEach(r -> r.cells().forEach(c -> all.addAll(c.content())));
            }
            return all;
        }
        return null;
    }

    private Block block(Block b) {
        if (b instanceof Heading h) {
            return new Heading(h.level(), h.attr(), inlines(h.content()));
        } else if (b instanceof Paragraph p) {
            return new Paragraph(inlines(p.content()));
        } else if (b instanceof BulletList l) {
            return new BulletList(items(l.items()));
        } else if (b instanceof OrderedList l) {
            return new OrderedList(l.start(), l.style(), items(l.items()));
        } else if (b instanceof BlockQuote q) {
            return new BlockQuote(blocks(q.content()), inlines(q.attribution()));
        } else if (b instanceof PullQuote q) {
            return new PullQuote(inlines(q.content()), inlines(q.attribution()));
        } else if (b instanceof Callout c) {
            return new Callout(c.attr(), inlines(c.title()), blocks(c.content()));
        } else if (b instanceof Table t) {
            List<TableRow> head = rows(t.head());
            List<TableRow> body = rows(t.body());
            return new Table(t.attr(), inlines(t.caption()), t.columns(), head, body);
        } else if (b instanceof Figure f) {
            return new Figure(f.attr(), f.image(), f.altText(), inlines(f.caption()), inlines(f.credit()));
        } else if (b instanceof Div v) {
            return new Div(v.attr(), blocks(v.content()));
        }
        return b;
    }

    private List<ListItem> items(List<ListItem> items) {
        List<ListItem> out = new ArrayList<>();
        for (ListItem item : items) {
            if (hit()) {
                if (op != Op.REMOVE) {
                    throw new UnsupportedOperationException();
                }
                continue;
            }
            out.add(new ListItem(blocks(item.content())));
        }
        return out;
    }

    private List<TableRow> rows(List<TableRow> rows) {
        List<TableRow> out = new ArrayList<>();
        for (TableRow row : rows) {
            if (hit()) {
                if (op != Op.REMOVE) {
                    throw new UnsupportedOperationException();
                }
                continue;
            }
            List<TableCell> cells = new ArrayList<>();
            row.cells().forEach(c -> cells.add(new TableCell(blocks(c.content()))));
            out.add(new TableRow(cells));
        }
        return out;
    }

    private List<Inline> inlines(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : inlines) {
            boolean mine = hit();
            if (mine && op == Op.REMOVE) {
                continue;
            }
            if (mine && op == Op.UNWRAP) {
                List<Inline> inner = inner(i);
                if (inner == null) {
                    throw new UnsupportedOperationException();
                }
                out.addAll(inlines(inner));
                continue;
            }
            if (mine && i instanceof Text t && t.text().length() > 1) {
                int half = t.text().offsetByCodePoints(0, t.text().codePointCount(0, t.text().length()) / 2);
                out.add(new Text(op == Op.HALVE_FRONT ? t.text().substring(0, half) : t.text().substring(half)));
                continue;
            }
            if (mine) {
                throw new UnsupportedOperationException();
            }
            out.add(inline(i));
        }
        return out;
    }

    private static List<Inline> inner(Inline i) {
        if (i instanceof Emphasis e) {
            return e.content();
        } else if (i instanceof Strong s) {
            return s.content();
        } else if (i instanceof Strikeout s) {
            return s.content();
        } else if (i instanceof Superscript s) {
            return s.content();
        } else if (i instanceof Subscript s) {
            return s.content();
        } else if (i instanceof SmallCaps s) {
            return s.content();
        } else if (i instanceof Span s) {
            return s.content();
        } else if (i instanceof Link l) {
            return l.content();
        }
        return null;
    }

    private Inline inline(Inline i) {
        if (i instanceof Emphasis e) {
            return new Emphasis(inlines(e.content()));
        } else if (i instanceof Strong s) {
            return new Strong(inlines(s.content()));
        } else if (i instanceof Strikeout s) {
            return new Strikeout(inlines(s.content()));
        } else if (i instanceof Superscript s) {
            return new Superscript(inlines(s.content()));
        } else if (i instanceof Subscript s) {
            return new Subscript(inlines(s.content()));
        } else if (i instanceof SmallCaps s) {
            return new SmallCaps(inlines(s.content()));
        } else if (i instanceof Span s) {
            return new Span(s.attr(), inlines(s.content()));
        } else if (i instanceof Link l) {
            return new Link(l.attr(), inlines(l.content()), l.target(), l.title());
        } else if (i instanceof Note n) {
            return new Note(blocks(n.content()));
        }
        return i;
    }
}
