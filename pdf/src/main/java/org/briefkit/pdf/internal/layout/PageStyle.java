package org.briefkit.pdf.internal.layout;

import org.briefkit.theme.RunningText;

/**
 * What a page carries besides its content: the running header and footer templates. A flow
 * gives its pages a style; a cover or a letterhead page has {@link #NONE}.
 *
 * @param header       the running header
 * @param footer       the running footer
 * @param onFirstPage  whether the document's first page carries them
 */
public record PageStyle(RunningText header, RunningText footer, boolean onFirstPage) {
    /** No running heads at all. */
    public static final PageStyle NONE = new PageStyle(RunningText.NONE, RunningText.NONE, false);
}
