package org.briefkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.briefkit.BriefkitException;
import org.briefkit.markdown.MarkdownReader;
import org.briefkit.model.Document;
import org.briefkit.render.FileProblems;
import org.briefkit.theme.Theme;
import org.briefkit.theme.ThemeFile;

/** Reading what the user named: Markdown files and a theme. */
final class Inputs {
    private static final MarkdownReader READER = MarkdownReader.standard();

    private Inputs() {
    }

    /**
     * @param file a Markdown file
     * @return its document
     * @throws BriefkitException with the file (and line and column) when it cannot be read or parsed
     */
    static Document read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BriefkitException(file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        return READER.read(file);
    }

    /**
     * @param name {@code letter}, {@code a4} or a YAML theme file
     * @return the theme
     * @throws UsageException when the name is neither a preset nor a file
     */
    static Theme theme(String name) throws UsageException {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "letter":
                return Theme.letter();
            case "a4":
                return Theme.a4();
            default:
                Path file = Path.of(name);
                if (!Files.isRegularFile(file)) {
                    throw new UsageException("--theme takes letter, a4 or a theme file; '" + name + "' is none of them");
                }
                try {
                    return ThemeFile.read(file);
                } catch (IOException e) {
                    throw new BriefkitException(file + ": cannot be read: " + FileProblems.reason(file, e), e);
                }
        }
    }
}
