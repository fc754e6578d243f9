package org.briefkit.markdown.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.briefkit.markdown.MarkdownException;

/** Strict UTF-8 decoding that reports the first bad byte by offset, line and column. */
final class Utf8 {
    private Utf8() {
    }

    /**
     * @param bytes the file's bytes
     * @param name  the file name for messages
     * @return the text
     * @throws MarkdownException at the first byte that is not UTF-8
     */
    static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw invalid(bytes, in.position(), result.length(), out, name);
        }
        out.flip();
        return out.toString();
    }

    private static MarkdownException invalid(byte[] bytes, int at, int length, CharBuffer decoded, String name) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // Everything before the bad byte decoded, so the line's characters so far give the column.
        String text = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
        int column = text.codePointCount(0, text.length()) + 1;
        StringBuilder hex = new StringBuilder();
        for (int i = at; i < Math.min(bytes.length, at + Math.max(1, length)); i++) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return new MarkdownException(name, line, column, "the file is not valid UTF-8: byte offset " + at + " (" + hex
                + ") does not decode; save the file as UTF-8");
    }
}
