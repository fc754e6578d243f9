package org.briefkit.markdown.internal;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.briefkit.markdown.MarkdownException;
import org.briefkit.markdown.MarkdownLimits;
import org.briefkit.model.ImageLimits;

/**
 * One read from start to end, on a thread of its own ({@link BigStackRunner}): decode and clean
 * the text, check it against the limits, read the front matter, parse the Markdown, survey the
 * tree, convert it and assemble the document. Everything that goes wrong becomes a
 * {@link MarkdownException} with a position.
 */
public final class ReadPipeline {
    private ReadPipeline() {
    }

    /**
     * What a reader is set up with.
     *
     * @param limits      input bounds
     * @param imageLimits image bounds
     * @param remote      the fetcher for http(s) images, or null when remote images are not allowed
     */
    public record Settings(MarkdownLimits limits, ImageLimits imageLimits, RemoteImages remote) {
    }

    /**
     * @param file     a Markdown file
     * @param settings how to read it
     * @return the document
     */
    public static org.briefkit.model.Document read(Path file, Settings settings) {
        String name = file.toString();
        Progress progress = new Progress(settings.limits().deadline());
        return BigStackRunner.run(name, progress, () -> {
            String text = Utf8.decode(bytes(file, name, settings.limits()), name);
            Path folder = file.toAbsolutePath().getParent();
            return convert(text, folder, name, settings, progress);
        });
    }

    /**
     * @param markdown the text
     * @param baseDir  the folder images are found in, or null for none
     * @param name     the name for messages
     * @param settings how to read it
     * @return the document
     */
    public static org.briefkit.model.Document read(String markdown, Path baseDir, String name, Settings settings) {
        Progress progress = new Progress(settings.limits().deadline());
        return BigStackRunner.run(name, progress, () -> {
            long size = utf8Length(markdown);
            if (size > settings.limits().maxInputBytes()) {
                throw tooLarge(name, size, settings.limits());
            }
            return convert(markdown, baseDir, name, settings, progress);
        });
    }

    private static org.briefkit.model.Document convert(String raw, Path baseDir, String name, Settings settings,
            Progress progress) {
        Source source = new Source(name, TextCleaner.clean(raw));
        progress.source(source, settings.limits().workBudget(source.text().length()));
        try {
            InputChecks.check(source, settings.limits());
            Optional<FrontMatter> front = FrontMatter.find(source);
            ImageLoader images = new ImageLoader(baseDir, settings.imageLimits(), settings.remote(), progress);
            progress.phase("reading the front matter");
            FrontMatterReader.Result meta;
            int headerEnd;
            if (front.isPresent()) {
                meta = FrontMatterReader.read(source, front.get(), images);
                headerEnd = front.get().end();
            } else {
                Optional<TitleBlock> titleBlock = TitleBlock.find(source);
                meta = titleBlock.map(TitleBlock::metadata).orElseGet(FrontMatterReader.Result::empty);
                headerEnd = titleBlock.map(TitleBlock::end).orElse(0);
            }
            String body = headerEnd == 0 ? source.text() : FrontMatter.blankOut(source.text(), headerEnd);
            progress.phase("parsing");
            Document tree = MarkdownParser.parse(WatchedText.of(body, progress));
            progress.phase("checking nesting");
            TreeSurvey survey = TreeSurvey.of(tree, progress);
            if (survey.maxDepth() > settings.limits().maxDepth()) {
                throw source.error(survey.deepest().getStartOffset(), "blocks and inlines nest " + survey.maxDepth()
                        + " levels deep here; the limit is " + settings.limits().maxDepth()
                        + " (MarkdownLimits.maxDepth)");
            }
            progress.phase("converting");
            Conversion ctx = new Conversion(source, settings.limits(), progress, images,
                    new Ids(source, survey.writtenIds()), tree);
            return DocumentAssembly.assemble(ctx, meta);
        } catch (SyntaxProblem e) {
            throw source.error(e.offset(), e.getMessage());
        } catch (StackOverflowError e) {
            throw source.error(progress.offset(), "the Markdown nests too deeply for the parser near here; flatten the"
                    + " nesting of quotes, lists or emphasis", e);
        } catch (MarkdownException | Progress.Cancelled e) {
            // A MarkdownException from inside the parser is a limit reached, positioned already.
            throw e;
        } catch (RuntimeException e) {
            throw source.error(progress.offset(), "the Markdown could not be read near here (" + e + ")", e);
        }
    }

    private static byte[] bytes(Path file, String name, MarkdownLimits limits) {
        try {
            long size = Files.size(file);
            if (size > limits.maxInputBytes()) {
                throw tooLarge(name, size, limits);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MarkdownException(name, 1, 1, "the file does not exist", e);
        } catch (IOException e) {
            throw new MarkdownException(name, 1, 1, "the file could not be read: " + e, e);
        }
    }

    private static MarkdownException tooLarge(String name, long size, MarkdownLimits limits) {
        return new MarkdownException(name, 1, 1, "the input is " + size + " bytes; the limit is "
                + limits.maxInputBytes() + " bytes (MarkdownLimits.maxInputBytes)");
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
