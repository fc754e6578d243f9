package org.briefkit.docx.internal.styles;

import java.util.Locale;
import org.briefkit.model.Document;
import org.briefkit.model.Metadata;
import org.briefkit.model.Text;
import org.briefkit.model.Walk;

/**
 * The languages Word is told a document is in: the metadata's language for Latin text, and an
 * East Asian language for the characters Word sets in the East Asian font. Word picks fonts,
 * line breaking and proofing by these, so Korean text is set in the Korean fallback font and
 * broken the Korean way.
 *
 * @param lang      the document's language, BCP 47 ("en-US")
 * @param eastAsian the language of its East Asian text: the document's own when it is Korean,
 *                  Japanese or Chinese; otherwise ko-KR, ja-JP or zh-CN when the text holds
 *                  Hangul, kana or Han characters; otherwise the document's language
 */
public record DocumentLanguage(String lang, String eastAsian) {
    /** @param document the document; @return its languages */
    public static DocumentLanguage of(Document document) {
        Metadata meta = document.metadata();
        Locale locale = meta.language();
        String lang = locale.toLanguageTag();
        String code = locale.getLanguage();
        if (code.equals("ko") || code.equals("ja") || code.equals("zh")) {
            return new DocumentLanguage(lang, lang);
        }
        Scripts scripts = new Scripts();
        scripts.scan(meta.title());
        scripts.scan(meta.subtitle());
        meta.authors().forEach(a -> scripts.scan(a.name()));
        Walk.document(document, block -> { }, inline -> {
            if (inline instanceof Text t) {
                scripts.scan(t.text());
            }
        });
        return new DocumentLanguage(lang, scripts.eastAsian(lang));
    }

    /** Which East Asian scripts a text holds. Hangul decides at once; kana outrank Han. */
    private static final class Scripts {
        /** Below this, no character is Hangul, kana or Han: Latin text is passed over cheaply. */
        private static final char FIRST_EAST_ASIAN = '\u1100';
        private boolean hangul;
        private boolean kana;
        private boolean han;

        void scan(String text) {
            for (int i = 0; i < text.length() && !hangul; i++) {
                char c = text.charAt(i);
                if (c < FIRST_EAST_ASIAN) {
                    continue;
                }
                int cp = text.codePointAt(i);
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                hangul |= script == Character.UnicodeScript.HANGUL;
                kana |= script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
                han |= script == Character.UnicodeScript.HAN;
                if (Character.isSupplementaryCodePoint(cp)) {
                    i++;
                }
            }
        }

        String eastAsian(String fallback) {
            if (hangul) {
                return "ko-KR";
            }
            if (kana) {
                return "ja-JP";
            }
            return han ? "zh-CN" : fallback;
        }
    }
}
