package org.briefkit.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A theme file's text, read within a size limit: the size is checked before anything is read, and
 * the read stops one byte past the limit, so a 3 GB file (or a device that never ends) costs no
 * more memory than the limit. The text must be UTF-8.
 */
final class ThemeText {
    private ThemeText() {
    }

    /**
     * @param file     the theme file
     * @param maxBytes the largest file accepted
     * @return its text
     * @throws IOException    when it cannot be read
     * @throws ThemeException when it is over the limit or not UTF-8
     */
    static String read(Path file, int maxBytes) throws IOException {
        byte[] bytes;
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            if (size > maxBytes) {
                throw tooLarge(file, size + " bytes", maxBytes);
            }
            InputStream in = Channels.newInputStream(channel);
            bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge(file, "more than " + maxBytes + " bytes", maxBytes);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ThemeException(file + ": the theme file is not UTF-8 text", e);
        }
    }

    private static ThemeException tooLarge(Path file, String size, int maxBytes) {
        return new ThemeException(file + ": the theme file is " + size + "; the limit is " + maxBytes
                + " (ThemeLimits.maxFileBytes)", (Throwable) null);
    }
}
