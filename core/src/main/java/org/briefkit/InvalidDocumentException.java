package org.briefkit;

/**
 * A model value was built from input that would not render: a title missing, a heading level
 * outside 1..6, a table row of the wrong width, and so on. {@link #field()} names the field at
 * fault, as a path such as {@code body[3].table.rows[2]}.
 */
public class InvalidDocumentException extends BriefkitException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /**
     * @param field   the field at fault
     * @param problem what is wrong with it
     */
    public InvalidDocumentException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** @return the path of the field at fault, for example {@code metadata.title} */
    public String field() {
        return field;
    }

    /**
     * The same problem seen from an enclosing value: {@code within("body[2]")} turns
     * {@code heading.level} into {@code body[2].heading.level}.
     *
     * @param outer the enclosing field
     * @return a new exception with the longer path
     */
    public InvalidDocumentException within(String outer) {
        String problem = getMessage().substring(field.length() + 2);
        InvalidDocumentException wider = new InvalidDocumentException(outer + "." + field, problem);
        wider.setStackTrace(getStackTrace());
        return wider;
    }
}
