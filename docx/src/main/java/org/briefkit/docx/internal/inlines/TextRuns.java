package org.briefkit.docx.internal.inlines;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.briefkit.RenderException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Puts text into a run the way Word holds it: tabs as {@code w:tab}, line feeds (and CR, CRLF)
 * as {@code w:br}, the rest as {@code w:t} with spaces preserved.
 *
 * <p>Characters XML cannot carry are refused, never written: POI would write each as "?" and
 * the text would change without a word. The model already refuses them in every text it holds;
 * this guards the text that reaches Word from elsewhere (the theme's running-head templates and
 * font names) and any future path round the model's checks. Refused: C0 controls other than tab,
 * LF and CR; C1 controls; U+FFFE and U+FFFF; unpaired surrogates. The message names the code
 * point, its offset and where the text came from.
 */
public final class TextRuns {
    private TextRuns() {
    }

    /**
     * @param run   the run to fill
     * @param text  the text
     * @param where where the text comes from, for the error message
     * @throws RenderException when the text holds a character XML cannot carry
     */
    public static void append(CTR run, String text, String where) {
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                addText(run, text, start, i);
                if (c == '\t') {
                    run.addNewTab();
                } else {
                    run.addNewBr();
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                start = i + 1;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    throw refused(c, i, where, "an unpaired surrogate");
                }
            } else if (Character.isLowSurrogate(c)) {
                throw refused(c, i, where, "an unpaired surrogate");
            } else if (isForbidden(c)) {
                throw refused(c, i, where, "a control character");
            }
        }
        addText(run, text, start, n);
    }

    /** @param c a character; @return whether XML (or Briefkit, for C1 controls) refuses it in text */
    public static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE'
                || c == '\uFFFF';
    }

    /**
     * Checks text that goes into an attribute (a tooltip, alt text), where tabs and breaks have no
     * element of their own.
     *
     * @param text  the text
     * @param where where it comes from
     * @return the text, with tabs and line ends as spaces
     */
    public static String attribute(String text, String where) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    throw refused(c, i, where, "an unpaired surrogate");
                }
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (isForbidden(c)) {
                throw refused(c, i, where, "a control character");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void addText(CTR run, String text, int from, int to) {
        if (from >= to) {
            return;
        }
        CTText t = run.addNewT();
        String segment = text.substring(from, to);
        t.setStringValue(segment);
        if (Character.isWhitespace(segment.charAt(0)) || Character.isWhitespace(segment.charAt(segment.length() - 1))
                || segment.contains("  ")) {
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }

    private static RenderException refused(char c, int offset, String where, String what) {
        return new RenderException(String.format("docx: %s holds %s, U+%04X at offset %d, which Word's XML cannot "
                + "carry; remove it (only tab and line feed are allowed)", where, what, (int) c, offset));
    }
}
