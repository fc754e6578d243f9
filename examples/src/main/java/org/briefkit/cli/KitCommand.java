package org.briefkit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.briefkit.BriefkitException;
import org.briefkit.kit.KitFile;
import org.briefkit.kit.KitManifest;
import org.briefkit.kit.MediaKit;
import org.briefkit.render.Renderer;

/** {@code briefkit kit}: the files as a media kit, a zip or a folder with a manifest. */
final class KitCommand {
    static final String HELP = """
            Usage: briefkit kit FILE.md... [--out KIT.zip|DIR] [--format pdf,docx] [--theme letter|a4|FILE]

            Bundles the documents as a media kit: each in each format, named after its title and
            kind (tides-of-change-press-release.pdf), with manifest.json listing every file's
            title, kind, format, size and SHA-256, and the embargo when a document has one. All
            or nothing: when any document fails, no kit is written.

            Options:
              --out PATH      a .zip file, or a folder (default: media-kit.zip)
              --format LIST   formats to write, comma-separated (default: pdf,docx)
              --theme THEME   letter, a4, or a YAML theme file (default: letter)
              --help          this text
            """;

    private final PrintStream out;

    KitCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageException {
        Arguments a = Arguments.parse(args, Set.of("format", "theme", "out"), Set.of());
        if (a.help) {
            out.print(HELP);
            return Main.OK;
        }
        if (a.files.isEmpty()) {
            throw new UsageException("kit needs at least one Markdown file");
        }
        MediaKit.Builder kit = MediaKit.builder().theme(Inputs.theme(a.option("theme", "letter")));
        for (Renderer renderer : RenderCommand.renderers(a.option("format", "pdf,docx"))) {
            kit.renderer(renderer);
        }
        for (int i = 0; i < a.files.size(); i++) {
            Path input = Path.of(a.files.get(i));
            kit.add(Inputs.read(input));
            out.println("[" + (i + 1) + "/" + a.files.size() + "] read " + input);
        }
        Path target = Path.of(a.option("out", "media-kit.zip"));
        KitManifest manifest;
        try {
            manifest = target.toString().endsWith(".zip") ? kit.build().writeZip(target)
                    : kit.build().writeFolder(target);
        } catch (IOException e) {
            throw new BriefkitException(target + ": cannot be written: " + e.getMessage(), e);
        }
        for (KitFile file : manifest.files()) {
            out.println("  " + file.name() + " (" + RenderCommand.kilobytes(file.size()) + ")");
        }
        if (!manifest.embargo().isEmpty()) {
            out.println("  " + manifest.embargo());
        }
        out.println("wrote " + target + " with " + manifest.files().size() + " files and " + KitManifest.FILE_NAME);
        return Main.OK;
    }
}
