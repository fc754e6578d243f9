package org.briefkit.markdown.internal;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.briefkit.model.Attr;

/**
 * A pandoc fenced div in flexmark's tree: the blocks between {@code ::: {.class}} and
 * {@code :::}, with the attributes of the opening fence.
 */
final class FencedDiv extends Block {
    private final Attr attr;
    private final int fenceOffset;

    /**
     * @param attr        the opening fence's attributes
     * @param fenceOffset where the opening fence starts
     */
    FencedDiv(Attr attr, int fenceOffset) {
        this.attr = attr;
        this.fenceOffset = fenceOffset;
    }

    /** @return the opening fence's attributes */
    Attr attr() {
        return attr;
    }

    /** @return where the opening fence starts, for messages */
    int fenceOffset() {
        return fenceOffset;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
