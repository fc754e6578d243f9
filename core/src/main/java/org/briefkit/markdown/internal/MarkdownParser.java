package org.briefkit.markdown.internal;

import com.vladsch.flexmark.ext.attributes.internal.AttributesInlineParserExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.superscript.SuperscriptExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * The one flexmark parser every read uses, configured for Briefkit's dialect: CommonMark with
 * GFM pipe tables, footnotes, {@code ~~strike~~} and {@code ~sub~}, {@code ^sup^}, typographic
 * quotes and dashes, pandoc definition lists, {@code {...}} attributes and fenced divs.
 *
 * <p>Attributes come from the attributes extension's inline parser alone, without its post
 * processor: that one moves and trims nodes to guess an owner for each {@code {...}}, and the
 * converter decides owners itself (and keeps {@code {text}} that belongs to nothing as text).
 * flexmark's parser is immutable and safe to share between threads.
 */
final class MarkdownParser {
    static final Parser PARSER = build();

    private MarkdownParser() {
    }

    private static Parser build() {
        return Parser.builder(options())
                .customInlineParserFactory(LinearInlineParser.FACTORY)
                // flexmark registers reference definitions ("[a]: /url") only with its own inline
                // parser factory; with ours, that is done here.
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .customInlineParserExtensionFactory(new AttributesInlineParserExtension.Factory())
                .customInlineParserExtensionFactory(new MathSpans.Factory())
                .customBlockParserFactory(new FencedDivParser.Factory())
                .build();
    }

    /** @return the extensions and options of the dialect, without the parser factories */
    static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughSubscriptExtension.create(), SuperscriptExtension.create(), TypographicExtension.create(),
                DefinitionExtension.create()));
        // Rows keep the header's width: missing cells are added, extra ones dropped; "||" spans nothing.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.WITH_CAPTION, false);
        return options;
    }

    /**
     * @param text the text, which may be a {@link WatchedText}
     * @return flexmark's tree of it
     */
    static Document parse(CharSequence text) {
        return PARSER.parse(BasedSequence.of(text));
    }
}
