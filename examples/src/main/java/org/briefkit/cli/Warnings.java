package org.briefkit.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One document's warnings, collected while it renders (on any thread) and printed afterwards in
 * the order they came, so a batch's warnings never interleave. The first few are printed; the
 * rest are counted.
 */
final class Warnings implements Consumer<String> {
    static final int SHOWN = 10;

    private final List<String> messages = new ArrayList<>();

    @Override
    public synchronized void accept(String message) {
        messages.add(message);
    }

    /**
     * @param err    where to print
     * @param source the document's file, which each line names
     */
    synchronized void print(PrintStream err, String source) {
        for (int i = 0; i < Math.min(SHOWN, messages.size()); i++) {
            err.println("briefkit: warning: " + source + ": " + messages.get(i));
        }
        if (messages.size() > SHOWN) {
            err.println("briefkit: warning: " + source + ": " + (messages.size() - SHOWN) + " more warnings");
        }
    }
}
