package org.briefkit.markdown.internal;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The closing fence of a fenced div: it only marks the line as used, and converts to nothing. */
final class FencedDivEnd extends Block {
    /** @param line the closing fence's line */
    FencedDivEnd(BasedSequence line) {
        super(line);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
