package org.briefkit.kit;

import java.text.Normalizer;
import java.util.Locale;

/** File-name slugs: lower-case ASCII words joined by hyphens, as press offices name attachments. */
public final class Slugs {
    private static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    /**
     * @param title any text, such as a document's title
     * @return its slug ("Peninsula Plus: U.S.–ROK" gives "peninsula-plus-u-s-rok"); "document"
     *         when nothing of it is ASCII (a title all in Hangul)
     */
    public static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        boolean hyphen = false;
        for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
            if (out.length() >= MAX_LENGTH) {
                break;
            }
        }
        String slug = out.toString();
        int cut = slug.length() >= MAX_LENGTH ? slug.lastIndexOf('-') : -1;
        if (cut > MAX_LENGTH / 2) {
            slug = slug.substring(0, cut);
        }
        return slug.isEmpty() ? "document" : slug;
    }
}
