package org.briefkit.theme;

/**
 * A running header or footer: three slots, each a template. Placeholders: {@code {title}} (the
 * short title, or the title), {@code {organization}}, {@code {program}}, {@code {date}},
 * {@code {page}} and {@code {pages}}. An empty slot prints nothing.
 *
 * @param left   the left slot
 * @param center the centre slot
 * @param right  the right slot
 */
public record RunningText(String left, String center, String right) {
    /** Nothing at all. */
    public static final RunningText NONE = new RunningText("", "", "");

    /** Turns null slots into empty ones. */
    public RunningText {
        left = left == null ? "" : left;
        center = center == null ? "" : center;
        right = right == null ? "" : right;
    }

    /** @return whether every slot is empty */
    public boolean isEmpty() {
        return left.isEmpty() && center.isEmpty() && right.isEmpty();
    }
}
