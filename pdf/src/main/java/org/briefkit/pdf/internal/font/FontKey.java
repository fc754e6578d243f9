package org.briefkit.pdf.internal.font;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a loaded face: the SHA-256 of its file's bytes and its index in a collection.
 * Never a path: the same bytes from forty folders are one face, and a file replaced at the same
 * path is a new one.
 *
 * @param sha256 the digest of the font file, in lower-case hex
 * @param index  which font of a collection ({@code .ttc}); 0 otherwise
 */
record FontKey(String sha256, int index) {

    /** @param bytes a font file; @param index its face; @return the key of that face */
    static FontKey of(byte[] bytes, int index) {
        try {
            return new FontKey(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), index);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "sha256:" + sha256 + (index > 0 ? "," + index : "");
    }
}
