package org.briefkit.markdown.internal;

/**
 * The text handed to flexmark, which reads it one character at a time: every few thousand reads it
 * notes how far the parser has come and stops it, by throwing, once the read was cancelled. This is
 * how a parse that runs past the time limit is ended without {@code Thread.stop}.
 */
final class WatchedText implements CharSequence {
    private static final int CHECK_EVERY = 0xFFF;
    private final String text;
    private final Progress progress;
    private int reads;

    /**
     * @param text     the text
     * @param progress where to note progress and look for cancellation
     */
    WatchedText(String text, Progress progress) {
        this.text = text;
        this.progress = progress;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if ((++reads & CHECK_EVERY) == 0) {
            progress.at(index);
            progress.check();
        }
        return text.charAt(index);
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
