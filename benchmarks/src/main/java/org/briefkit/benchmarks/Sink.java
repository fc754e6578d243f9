package org.briefkit.benchmarks;

import java.io.OutputStream;

/**
 * Where timed output goes: bytes counted and dropped, so no subject pays for a disk or for
 * growing an array. Closing it does nothing (OpenPDF and POI close the stream they write to).
 */
final class Sink extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }

    /** @return how many bytes were written */
    long count() {
        return count;
    }
}
