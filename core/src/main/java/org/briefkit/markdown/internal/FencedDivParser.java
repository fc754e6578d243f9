package org.briefkit.markdown.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefkit.model.Attr;

/**
 * Parses pandoc's fenced divs as a flexmark container block.
 *
 * <p>An opening fence is a line of three or more colons followed by attributes in braces or by a
 * single class name, and optionally more colons: {@code ::: {.callout title="Key takeaways"}},
 * {@code ::: note}, {@code ::::: {#box .sidebar} :::::}. A closing fence is a line of three or
 * more colons and nothing else; as in pandoc it closes the innermost open div, whatever its
 * number of colons, so authors may use longer fences for outer divs to keep them readable.
 *
 * <p>flexmark asks each open block, outermost first, whether a line continues it. A div that sees
 * a closing fence therefore first lets any open div, fenced code block or HTML block nested inside
 * it have the line; only the innermost div stops there. It stops by not continuing, which closes it
 * and everything inside it; the factory then takes the fence line as a {@link FencedDivEnd}, so
 * the line is not left over as text.
 */
final class FencedDivParser extends AbstractBlockParser {
    /** An opening fence: colons, then attributes in braces or one class name, then perhaps colons. */
    static final Pattern OPENING = Pattern.compile(" {0,3}:{3,}[ \\t]*(\\{[^{}]*\\}|[^\\s{}:]+)[ \\t]*:*[ \\t]*");
    /** A closing fence: colons alone. */
    static final Pattern CLOSING = Pattern.compile(" {0,3}:{3,}[ \\t]*");

    private final FencedDiv block;
    private int closedAtLine = -1;

    private FencedDivParser(Attr attr, int fenceOffset) {
        block = new FencedDiv(attr, fenceOffset);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (isClosingFence(state) && !innerBlockClaims(state)) {
            closedAtLine = state.getLineNumber();
            return BlockContinue.none();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setCharsFromContent();
        removeBlankLines();
    }

    private static boolean isClosingFence(ParserState state) {
        BasedSequence line = state.getLine();
        int first = state.getNextNonSpaceIndex();
        if (state.getIndent() >= 4 || first >= line.length() || line.charAt(first) != ':') {
            return false;
        }
        return CLOSING.matcher(line.subSequence(state.getIndex(), line.length()).toString()).matches();
    }

    /**
     * @return whether a div, fenced code or HTML block open inside this div may own the line. The
     *         search runs from the innermost open block outwards, so it stops at the nearest
     *         claimant: with many divs open, each asks in constant time, not in time of the depth.
     */
    private boolean innerBlockClaims(ParserState state) {
        List<BlockParser> open = state.getActiveBlockParsers();
        for (int i = open.size() - 1; i >= 0; i--) {
            BlockParser parser = open.get(i);
            if (parser == this) {
                return false;
            }
            if (parser instanceof FencedDivParser div && div.closedAtLine < 0
                    || parser.getBlock() instanceof FencedCodeBlock || parser.getBlock() instanceof HtmlBlock) {
                return true;
            }
        }
        return false;
    }

    /** Registers the fenced div parser with flexmark. */
    static final class Factory implements CustomBlockParserFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new Starter(options);
        }
    }

    private static final class Starter extends AbstractBlockParserFactory {
        Starter(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            BasedSequence line = state.getLine();
            BasedSequence rest = line.subSequence(state.getIndex(), line.length());
            String text = rest.toString();
            if (!text.stripLeading().startsWith(":::")) {
                return BlockStart.none();
            }
            if (CLOSING.matcher(text).matches()) {
                for (BlockParser parser : state.getActiveBlockParsers()) {
                    if (parser instanceof FencedDivParser div && div.closedAtLine == state.getLineNumber()) {
                        return BlockStart.of(new EndParser(rest)).atIndex(line.length());
                    }
                }
                return BlockStart.none();
            }
            Matcher opening = OPENING.matcher(text);
            if (!opening.matches()) {
                return BlockStart.none();
            }
            String spec = opening.group(1);
            int fence = rest.getStartOffset() + text.length() - text.stripLeading().length();
            Attr attr;
            try {
                attr = spec.startsWith("{") ? AttrParser.parse(spec) : new Attr("", List.of(spec), java.util.Map.of());
            } catch (Problem | org.briefkit.InvalidDocumentException e) {
                throw new SyntaxProblem(fence, "this fenced div's attributes do not parse: " + e.getMessage());
            }
            return BlockStart.of(new FencedDivParser(attr, fence)).atIndex(line.length());
        }
    }

    /** Takes the closing fence's line, so it does not become a paragraph. */
    private static final class EndParser extends AbstractBlockParser {
        private final FencedDivEnd block;

        EndParser(BasedSequence line) {
            block = new FencedDivEnd(line);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {
        }
    }
}
