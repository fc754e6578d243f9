package org.briefkit.pdf.internal.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefkit.RenderException;
import org.briefkit.model.Block;
import org.briefkit.model.Document;

/**
 * The last guard against text lost in silence: before a PDF is written, every word of the
 * document (its title, summary, body and back matter, notes, captions and cells) must appear
 * on the laid-out pages at least as many times as in the model; the render fails otherwise,
 * naming the first word missing and where it was. The DOCX needs no such check: it keeps
 * every node of the model, and Word lays out its own pages.
 *
 * <p>Both sides are counted as multisets of word hashes ({@link WordHasher}, {@link WordCount}):
 * a few arrays, no strings. The layout may hold more than the model (numbers, labels, headings
 * repeated in the contents, the title on a cover and in a title block); running heads are not
 * counted. A word the layout holds fewer times than the model is looked at again before it is
 * called lost: a word hyphenated or broken across lines, pages or runs is laid out in pieces,
 * and passes when it can be made of two or more words the layout holds.
 */
public final class WordCheck {
    private WordCheck() {
    }

    /**
     * @param document the document rendered
     * @param laidOut  its pages
     * @throws RenderException when a word of the document is not on the pages
     */
    public static void verify(Document document, LaidOutDocument laidOut) {
        // the model's words, less each word laid out: what is left above zero was set fewer times
        WordCount left = modelWords(document);
        count(laidOut.pages(), new WordHasher(left, true));
        Set<Long> fewer = new HashSet<>();
        left.forEach((hash, count) -> {
            if (count > 0) {
                fewer.add(hash);
            }
        });
        if (!fewer.isEmpty()) {
            lost(document, modelWords(document), laidOut(laidOut.pages()), fewer);
        }
    }

    /** @return the words of the document's drawn text */
    static WordCount modelWords(Document document) {
        WordCount model = new WordCount();
        WordHasher words = new WordHasher(model);
        walk(document, new ModelText.Sink() {
            @Override
            public void text(String s) {
                words.add(s);
            }

            @Override
            public void end() {
                words.end();
            }
        }, null);
        return model;
    }

    /**
     * @return the words of the pages' content (not their running heads), with the pieces of
     *         words continued in another run
     */
    static WordCount laidOut(List<Page> pages) {
        WordCount count = new WordCount();
        count(pages, new WordHasher(count));
        return count;
    }

    private static void count(List<Page> pages, WordHasher words) {
        GlyphRun previous = null;
        boolean hyphen = false;
        for (Page page : pages) {
            for (Box box : page.boxes()) {
                if (!(box instanceof GlyphRun run)) {
                    continue;
                }
                String actual = run.actualText();
                if ("\u00AD".equals(actual)) {
                    hyphen = true; // an inserted hyphen: the word goes on in the next run
                    continue;
                }
                if (previous != null) {
                    if (hyphen || touching(previous, run)) {
                        words.split();
                    } else {
                        words.end();
                    }
                }
                hyphen = false;
                words.add(actual != null ? actual : run.text());
                previous = run;
            }
        }
        words.end();
    }

    /** @return whether {@code next} starts where {@code previous} ends on its line: a word may run across them */
    private static boolean touching(GlyphRun previous, GlyphRun next) {
        return Math.abs(next.x() - previous.right()) < 0.3f
                && Math.abs(next.y() - previous.y()) < Math.max(previous.size(), next.size()) * 0.5f;
    }

    /** Told where each top-level block starts, to name where a lost word was. */
    private interface Where {
        /**
         * @param part  "summary", "body", "backMatter", or null for the title
         * @param index the block's index in its part
         * @param block the block
         */
        void at(String part, int index, Block block);
    }

    /** Feeds the document's drawn text to {@code sink} in reading order, telling {@code where} (when not null). */
    private static void walk(Document document, ModelText.Sink sink, Where where) {
        if (where != null) {
            where.at(null, 0, null);
        }
        sink.text(document.metadata().title());
        sink.end();
        ModelText text = new ModelText(sink);
        part("summary", document.summary(), text, where);
        part("body", document.body(), text, where);
        part("backMatter", document.backMatter(), text, where);
    }

    private static void part(String name, List<Block> blocks, ModelText text, Where where) {
        for (int i = 0; i < blocks.size(); i++) {
            if (where != null) {
                where.at(name, i, blocks.get(i));
            }
            text.blocks(List.of(blocks.get(i)));
        }
    }

    /**
     * The slow path, taken only when some word is short: walks the model again, word by word,
     * and fails on the first short word that cannot be made of pieces the layout holds.
     */
    private static void lost(Document document, WordCount model, WordCount laid, Set<Long> fewer) {
        Object[] at = {null, 0, null};
        List<RenderException> found = new ArrayList<>(1);
        Set<Long> checked = new HashSet<>();
        StringBuilder original = new StringBuilder();
        int[][] folded = {new int[64]};
        int[] length = {0};
        ModelText.Sink words = new ModelText.Sink() {
            @Override
            public void text(String s) {
                for (int i = 0; i < s.length(); ) {
                    int cp = s.codePointAt(i);
                    int kind = WordHasher.kind(cp);
                    if (kind == WordHasher.WORD) {
                        if (length[0] == folded[0].length) {
                            folded[0] = java.util.Arrays.copyOf(folded[0], length[0] * 2);
                        }
                        folded[0][length[0]++] = WordHasher.fold(cp);
                        original.appendCodePoint(cp);
                    } else if (kind != Character.FORMAT) {
                        end();
                    }
                    i += Character.charCount(cp);
                }
            }

            @Override
            public void end() {
                if (length[0] > 0 && found.isEmpty()) {
                    long[] prefix = prefixes(folded[0], length[0]);
                    long key = WordHasher.key(prefix[length[0]], length[0]);
                    if (fewer.contains(key) && checked.add(key) && !inPieces(prefix, length[0], laid)) {
                        found.add(new RenderException("the PDF layout lost the word '" + original
                                + "', first found in " + describe(at) + ": the document has it "
                                + times(model.count(key))
                                + ", the pages " + times(laid.count(key)) + "; nothing was written. This is a "
                                + "fault in Briefkit's PDF layout: please report it with the document"));
                    }
                }
                length[0] = 0;
                original.setLength(0);
            }
        };
        walk(document, words, (part, index, block) -> {
            at[0] = part;
            at[1] = index;
            at[2] = block;
        });
        if (!found.isEmpty()) {
            throw found.get(0);
        }
    }

    /** @return a part, index and block as "body[3] (paragraph “The first words…”)", or "the title" */
    private static String describe(Object[] at) {
        return at[0] == null ? "the title" : LayoutEngine.describe((String) at[0], (Integer) at[1], (Block) at[2]);
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }

    /** @return the polynomial hashes of each prefix of a word, as {@link WordHasher} computes them */
    private static long[] prefixes(int[] folded, int length) {
        long[] prefix = new long[length + 1];
        for (int i = 0; i < length; i++) {
            prefix[i + 1] = prefix[i] * WordHasher.BASE + folded[i] + 1;
        }
        return prefix;
    }

    /** @return whether the word can be made of two or more words the layout holds */
    private static boolean inPieces(long[] prefix, int length, WordCount laid) {
        int longest = Math.min(laid.longest(), length - 1);
        long[] power = new long[longest + 1];
        power[0] = 1;
        for (int k = 1; k <= longest; k++) {
            power[k] = power[k - 1] * WordHasher.BASE;
        }
        boolean[] reached = new boolean[length + 1];
        reached[0] = true;
        for (int i = 0; i < length; i++) {
            if (!reached[i]) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(length, i + longest); j++) {
                if (!reached[j] && laid.count(WordHasher.key(prefix[j] - prefix[i] * power[j - i], j - i)) > 0) {
                    reached[j] = true;
                }
            }
        }
        return reached[length];
    }
}
