package org.briefkit.docx.internal;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word bookmark names for the document's ids, and the numbers bookmarks carry.
 *
 * <p>A Word bookmark name starts with a letter, holds only letters, digits and '_', and has at
 * most 40 characters (Word drops longer ones); a Briefkit id may hold '-', ':' and '.', and be
 * longer. Each id gets a name the first time anything asks for it, a link or its target, so
 * forward references resolve; names are unique, and the same document always gets the same
 * names. Names Word reserves (a leading '_', as in {@code _Toc}) are never produced.
 */
public final class Anchors {
    /** Word's limit on a bookmark name's length. */
    public static final int MAX_NAME = 40;

    private final Map<String, String> byId = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private long nextMarkId;

    /**
     * @param id a document id (from {@link org.briefkit.model.Attr} or a heading's anchor)
     * @return its bookmark name
     */
    public String nameOf(String id) {
        return byId.computeIfAbsent(id, this::fresh);
    }

    /**
     * A bookmark for something the layout adds (the summary's heading, the notes' heading), which
     * has no id in the document.
     *
     * @param label a readable base for the name
     * @return a name no id uses
     */
    public String generated(String label) {
        return fresh(label);
    }

    /** @return the next bookmark number; starts and ends of one bookmark share it */
    public BigInteger nextMarkId() {
        return BigInteger.valueOf(nextMarkId++);
    }

    private String fresh(String id) {
        StringBuilder base = new StringBuilder(id.length());
        id.codePoints().forEach(cp -> base.append(isNameChar(cp) ? new String(Character.toChars(cp)) : "_"));
        if (base.length() == 0 || !Character.isLetter(base.codePointAt(0))) {
            base.insert(0, "id_");
        }
        String stem = cut(base.toString(), MAX_NAME);
        String name = stem;
        for (int n = 2; !used.add(name); n++) {
            String suffix = "_" + n;
            name = cut(stem, MAX_NAME - suffix.length()) + suffix;
        }
        return name;
    }

    private static boolean isNameChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_';
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isLowSurrogate(s.charAt(end))) {
            end--;
        }
        return s.substring(0, end);
    }
}
