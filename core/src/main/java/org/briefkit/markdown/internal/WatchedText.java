package org.briefkit.markdown.internal;

/**
 * The text handed to flexmark, which reads it one character at a time: every few thousand reads it
 * reports them as work to {@link Progress}, with how far the parser has come, and so stops the
 * parser, by throwing, once the work is past the budget or the read was cancelled. This is how a
 * parse that costs too much is ended without {@code Thread.stop}, and why the place it ends is the
 * same on every run: it depends only on how many characters the parser has examined.
 */
final class WatchedText implements CharSequence {
    private static final int CHECK_EVERY = 0x1000;
    private final String text;
    private final Progress progress;
    private final int reportedOffset;
    private int reads;

    private WatchedText(String text, Progress progress, int reportedOffset) {
        this.text = text;
        this.progress = progress;
        this.reportedOffset = reportedOffset;
    }

    /**
     * @param text     the document's text, whose offsets are the source's
     * @param progress where to count work and look for cancellation
     * @return the text, reporting the parser's offsets as they are
     */
    static WatchedText of(String text, Progress progress) {
        return new WatchedText(text, progress, -1);
    }

    /**
     * @param text     text written inside the document, such as an attribute's value
     * @param progress where to count work and look for cancellation
     * @param owner    the offset in the document of what holds the text, reported instead of the parser's
     * @return the text
     */
    static WatchedText inside(String text, Progress progress, int owner) {
        return new WatchedText(text, progress, owner);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            report(index);
        }
        return text.charAt(index);
    }

    /**
     * Counts work the parser does without reading characters, such as a step through its list of
     * delimiters, as characters examined.
     *
     * @param units the steps taken
     * @param index where in the text the parser is
     */
    void work(int units, int index) {
        reads += units;
        if (reads >= CHECK_EVERY) {
            report(index);
        }
    }

    private void report(int index) {
        int units = reads;
        reads = 0;
        progress.spend(units, reportedOffset < 0 ? index : reportedOffset);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
