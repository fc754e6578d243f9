package org.briefkit.markdown.internal;

import com.vladsch.flexmark.parser.core.delimiter.Delimiter;

/**
 * A delimiter run ({@code *}, {@code _}, {@code ~}, {@code ^}, quotes) that counts each step the
 * parser takes back through the list of runs as work. flexmark's search for an opener walks that
 * list without reading a character: {@code a**b} followed by 30,000 {@code c*} makes every closer
 * walk back over all the others (the rule of three keeps any from matching), 7 s of work for
 * 90 KB that no character count sees.
 */
final class CountingDelimiter extends Delimiter {
    private final WatchedText text;

    /**
     * @param made the run flexmark made, whose place this one takes
     * @param text where to count the steps
     */
    CountingDelimiter(Delimiter made, WatchedText text) {
        super(made.getInput(), made.getNode(), made.getDelimiterChar(), made.canOpen(), made.canClose(),
                made.getPrevious(), made.getIndex());
        setNumDelims(made.getNumDelims());
        this.text = text;
    }

    @Override
    public Delimiter getPrevious() {
        text.work(1, getNode().getStartOffset());
        return super.getPrevious();
    }
}
