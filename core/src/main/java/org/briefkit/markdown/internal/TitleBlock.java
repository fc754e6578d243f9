package org.briefkit.markdown.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.briefkit.model.Author;
import org.briefkit.model.Metadata;

/**
 * A pandoc title block, read when there is no front matter: up to three lines at the very top
 * that start with {@code %}, giving the title, the authors (separated by {@code ;}) and the date.
 * A date that is not written YYYY-MM-DD is left out, since a title block has no other form for it.
 *
 * <pre>
 * % Pandoc Test Suite
 * % John MacFarlane; Anonymous
 * % 2006-07-17
 * </pre>
 *
 * @param title   the title; "" when the line is empty
 * @param authors the authors line
 * @param date    the date line
 * @param end     the offset just after the block
 */
record TitleBlock(String title, String authors, String date, int end) {
    /** @param source the text; @return its title block, if it begins with one */
    static Optional<TitleBlock> find(Source source) {
        String text = source.text();
        String[] parts = {"", "", ""};
        int at = 0;
        int count = 0;
        while (count < 3 && at < text.length() && text.charAt(at) == '%') {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            parts[count++] = text.substring(at + 1, end).strip();
            at = Math.min(text.length(), end + 1);
        }
        return count == 0 ? Optional.empty() : Optional.of(new TitleBlock(parts[0], parts[1], parts[2], at));
    }

    /** @return what the block says, as front matter would */
    FrontMatterReader.Result metadata() {
        Metadata.Builder builder = Metadata.builder(title.isEmpty() ? null : title);
        Arrays.stream(authors.split(";")).map(String::strip).filter(a -> !a.isEmpty())
                .forEach(name -> builder.author(Author.of(name)));
        try {
            builder.date(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            // Free-form dates ("July 17, 2006") have no field in the model to go to.
        }
        return new FrontMatterReader.Result(builder, !title.isEmpty(), false);
    }
}
