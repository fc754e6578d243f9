package org.briefkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefkit.BriefkitException;
import org.briefkit.RenderException;
import org.briefkit.kit.KitFile;
import org.briefkit.kit.KitManifest;
import org.briefkit.kit.MediaKit;
import org.briefkit.model.Document;
import org.briefkit.render.Renderer;
import org.briefkit.theme.Theme;

/** {@code briefkit kit}: the files as a media kit, a zip or a folder with a manifest. */
final class KitCommand {
    static final String HELP = """
            Usage: briefkit kit FILE.md... [--out KIT.zip|DIR] [--format pdf,docx] [--theme letter|a4|FILE]
                                           [--strict] [--no-system-fonts]

            Bundles the documents as a media kit: each in each format, named after its title and
            kind (cool-hours-report.pdf), with manifest.json listing every file's name, title,
            kind, format, size and SHA-256, and the embargo when a document has one. All or
            nothing: when any document fails, no kit is written and an earlier one stays as it
            was.

            Options:
              --out PATH          a .zip file, or a folder (default: media-kit.zip)
            """ + Setup.OPTIONS_HELP + """

            Exit codes: 0 kit written, 1 a file could not be read or rendered (nothing written),
            2 usage error.
            """;

    private final PrintStream out;
    private final PrintStream err;

    KitCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Arguments a = Setup.parse(args);
        if (a.help) {
            out.print(HELP);
            return Main.OK;
        }
        if (a.files.isEmpty()) {
            throw new UsageException("kit needs at least one Markdown file");
        }
        Setup setup = Setup.of(a);
        Path target = Path.of(a.option("out", "media-kit.zip"));
        boolean zip = target.getFileName() != null
                && target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        if (zip && Files.isDirectory(target)) {
            throw new UsageException("--out " + target + " is a folder; a kit's zip needs a file name");
        }
        if (!zip && Files.exists(target) && !Files.isDirectory(target)) {
            throw new UsageException("--out " + target + " is a file; give a folder, or a name ending in .zip");
        }

        // Read every file first, and report every one that fails, before rendering anything.
        List<Path> inputs = a.files.stream().map(Path::of).toList();
        Map<Document, Path> sources = new IdentityHashMap<>();
        Map<Document, Warnings> warnings = new IdentityHashMap<>();
        List<Document> documents = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Path input = inputs.get(i);
            String prefix = "[" + (i + 1) + "/" + inputs.size() + "] " + input;
            try {
                Document document = Inputs.read(input);
                documents.add(document);
                sources.put(document, input);
                warnings.put(document, new Warnings());
                out.println(prefix + ": " + document.metadata().kind().label() + " '" + document.metadata().title()
                        + "'");
            } catch (BriefkitException e) {
                failed++;
                out.println(prefix + ": failed");
                err.println("briefkit: error: " + RenderCommand.describe(input, e));
            }
        }
        if (failed > 0) {
            err.println("briefkit: no kit written: " + failed + " of " + inputs.size() + " documents could not be read");
            return Main.BAD_INPUT;
        }

        MediaKit.Builder kit = MediaKit.builder().theme(setup.theme);
        documents.forEach(kit::add);
        for (String format : setup.formats) {
            kit.renderer(new PerDocument(format, setup, sources, warnings));
        }
        out.println("rendering " + documents.size() + " documents to " + String.join(" and ", setup.formats) + " ...");
        out.flush();
        KitManifest manifest;
        try {
            manifest = zip ? kit.build().writeZip(target) : kit.build().writeFolder(target);
        } catch (BriefkitException | IOException e) {
            printWarnings(documents, sources, warnings);
            err.println("briefkit: error: " + FailureMessages.of(target, e));
            err.println("briefkit: no kit written");
            return Main.BAD_INPUT;
        }
        printWarnings(documents, sources, warnings);
        for (KitFile file : manifest.files()) {
            out.println("  " + file.name() + " (" + RenderCommand.kilobytes(file.size()) + ")");
        }
        if (!manifest.embargo().isEmpty()) {
            out.println("  " + manifest.embargo());
        }
        out.println("wrote " + target + (zip ? "" : "/") + ": " + manifest.files().size() + " files and "
                + KitManifest.FILE_NAME);
        return Main.OK;
    }

    private void printWarnings(List<Document> documents, Map<Document, Path> sources, Map<Document, Warnings> warnings) {
        for (Document document : documents) {
            warnings.get(document).print(err, sources.get(document).toString());
        }
    }

    /**
     * One format, rendered by a renderer made for each document, so that the PDF's warnings and
     * any failure name the document's file.
     */
    private static final class PerDocument implements Renderer {
        private final String format;
        private final Setup setup;
        private final Map<Document, Path> sources;
        private final Map<Document, Warnings> warnings;

        PerDocument(String format, Setup setup, Map<Document, Path> sources, Map<Document, Warnings> warnings) {
            this.format = format;
            this.setup = setup;
            this.sources = sources;
            this.warnings = warnings;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public String extension() {
            return delegate(null).extension();
        }

        @Override
        public void render(Document document, Theme theme, OutputStream out) throws IOException {
            try {
                delegate(warnings.get(document)).render(document, theme, out);
            } catch (BriefkitException e) {
                throw new RenderException(RenderCommand.describe(sources.get(document), e), e);
            }
        }

        private Renderer delegate(Warnings sink) {
            return setup.renderer(format, sink == null ? message -> { } : sink);
        }
    }
}
