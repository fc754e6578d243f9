package org.briefkit.docx;

/**
 * Choices about a DOCX that the theme does not make, because they are about Word rather than
 * about the look. Immutable; start from {@link #defaults()}.
 *
 * <pre>{@code
 * DocxRenderer quiet = DocxRenderer.create(DocxOptions.defaults().withUpdateFieldsOnOpen(false));
 * }</pre>
 */
public final class DocxOptions {
    private static final DocxOptions DEFAULTS = new DocxOptions(true);

    private final boolean updateFieldsOnOpen;

    private DocxOptions(boolean updateFieldsOnOpen) {
        this.updateFieldsOnOpen = updateFieldsOnOpen;
    }

    /** @return the defaults: Word offers to update the table of contents when it opens the file */
    public static DocxOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param update whether Word should offer, on opening a document with a table of contents,
     *               to update its fields (the page numbers, which only Word's own pagination
     *               knows); without it the cached entries stand until the reader updates them
     * @return options with that choice
     */
    public DocxOptions withUpdateFieldsOnOpen(boolean update) {
        return update == updateFieldsOnOpen ? this : new DocxOptions(update);
    }

    /** @return whether Word offers to update fields on open */
    public boolean updateFieldsOnOpen() {
        return updateFieldsOnOpen;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocxOptions o && o.updateFieldsOnOpen == updateFieldsOnOpen;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(updateFieldsOnOpen);
    }

    @Override
    public String toString() {
        return "DocxOptions[updateFieldsOnOpen=" + updateFieldsOnOpen + "]";
    }
}
