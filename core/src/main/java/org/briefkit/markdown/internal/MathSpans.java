package org.briefkit.markdown.internal;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * TeX math between dollars, read as pandoc's {@code tex_math_dollars} reads it, so that its
 * carets and tildes stay literal: {@code $$\int_0^\infty e^{-x}$$} is math, not "e" with a
 * superscript. Briefkit does not typeset TeX; the reader keeps the span as text, exactly as
 * written, dollars included.
 *
 * <ul>
 * <li>Inline: {@code $x^2$}. The opening {@code $} has a non-space after it; the closing one a
 * non-space before it and no digit after it, so "$20,000 and $30,000" is text.</li>
 * <li>Display: {@code $$ ... $$}, spaces allowed inside the dollars.</li>
 * <li>A dollar after a backslash never closes math ({@code $a \$ b$} is one span).</li>
 * <li>{@code \$} is a dollar sign, as anywhere in Markdown.</li>
 * </ul>
 *
 * <p>Linear in the paragraph: a closing dollar is valid by what surrounds it alone, so when a
 * search from one dollar finds no closer, no later dollar of the paragraph can find one either,
 * and the search is not repeated ({@code $a $b $c ...} with no closer costs one pass, not one per
 * dollar).
 */
final class MathSpans implements InlineParserExtension {
    private final LightInlineParser parser;
    private BasedSequence searched;
    private int noInlineCloserAfter = Integer.MAX_VALUE;
    private int noDisplayCloserAfter = Integer.MAX_VALUE;

    private MathSpans(LightInlineParser parser) {
        this.parser = parser;
    }

    /** Math found between dollars, its dollars included; the reader keeps it as text. */
    static final class MathSpan extends Node {
        MathSpan(BasedSequence chars) {
            super(chars);
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** Registers the extension on {@code $}. */
    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new MathSpans(parser);
        }

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
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser inline) {
        BasedSequence input = inline.getInput();
        if (input != searched) {
            searched = input;
            noInlineCloserAfter = Integer.MAX_VALUE;
            noDisplayCloserAfter = Integer.MAX_VALUE;
        }
        int start = inline.getIndex();
        boolean display = start + 1 < input.length() && input.charAt(start + 1) == '$';
        return display ? display(input, start) : inline(input, start);
    }

    private boolean display(BasedSequence input, int start) {
        int from = start + 2;
        if (from >= noDisplayCloserAfter) {
            return false;
        }
        for (int i = from; i + 1 < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '$' && input.charAt(i + 1) == '$' && input.charAt(i - 1) != '\\') {
                if (input.subSequence(from, i).isBlank()) {
                    return false;
                }
                return add(input, start, i + 2);
            }
        }
        noDisplayCloserAfter = from;
        return false;
    }

    private boolean inline(BasedSequence input, int start) {
        int from = start + 1;
        if (from >= input.length() || Character.isWhitespace(input.charAt(from)) || from >= noInlineCloserAfter) {
            return false;
        }
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '$' && i > from && !Character.isWhitespace(input.charAt(i - 1)) && input.charAt(i - 1) != '\\'
                    && (i + 1 >= input.length() || !Character.isDigit(input.charAt(i + 1)))) {
                return add(input, start, i + 1);
            }
        }
        noInlineCloserAfter = from;
        return false;
    }

    private boolean add(BasedSequence input, int start, int end) {
        parser.flushTextNode();
        parser.getBlock().appendChild(new MathSpan(input.subSequence(start, end)));
        parser.setIndex(end);
        return true;
    }
}
