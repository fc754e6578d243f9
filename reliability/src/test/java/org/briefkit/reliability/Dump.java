package org.briefkit.reliability;

import org.briefkit.model.Document;

/** A document as text for a failure message: the records' own text, long strings cut short. */
final class Dump {
    private static final int MAX = 3_000;

    private Dump() {
    }

    static String of(Document document) {
        String text = document.toString();
        StringBuilder out = new StringBuilder();
        // Cut each run of over 200 characters without brackets or commas (a long string) to its ends.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^\\[\\],]{200,}").matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start() + 80).append("...(").append(m.end() - m.start()).append(" chars)...")
                    .append(text, m.end() - 40, m.end());
            last = m.end();
        }
        out.append(text.substring(last));
        String s = out.toString();
        return s.length() <= MAX ? s : s.substring(0, MAX) + "...(" + s.length() + " chars)";
    }
}
