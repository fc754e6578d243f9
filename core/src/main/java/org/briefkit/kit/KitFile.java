package org.briefkit.kit;

/**
 * One file of a media kit, as its manifest lists it.
 *
 * @param name    the file name inside the kit, such as {@code tides-of-change-report.pdf}
 * @param title   the document's title
 * @param kind    the document's kind label ({@code press-release}, {@code brief}, {@code report})
 * @param format  the format name ({@code pdf}, {@code docx})
 * @param size    the file's size in bytes
 * @param sha256  the SHA-256 of the file's bytes, in lower-case hex
 * @param embargo the release line when the document is embargoed; "" otherwise
 */
public record KitFile(String name, String title, String kind, String format, long size, String sha256,
        String embargo) {
}
