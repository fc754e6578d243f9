package org.briefkit.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.briefkit.kit.KitFile;
import org.briefkit.kit.KitManifest;
import org.briefkit.kit.MediaKit;
import org.briefkit.markdown.MarkdownReader;
import org.briefkit.theme.Theme;

/**
 * A media kit: the press release, the brief and the report, each as PDF and DOCX, in one zip
 * with a manifest, ready to attach to an email to reporters.
 *
 * <p>What it shows:
 * <ul>
 * <li>{@link MediaKit#builder()} takes documents and a theme, renders each to both formats and
 *     names every file after its title and kind ({@code cool-hours-report.pdf}), so the names are
 *     predictable and never clash;</li>
 * <li>{@link MediaKit#writeZip(Path)} writes the zip and its {@code manifest.json}: each file's
 *     title, kind, format, size and SHA-256, and the embargo of the press release. It is all or
 *     nothing: when a document fails, no zip is written (an older zip of that name stays as it
 *     was);</li>
 * <li>{@code writeFolder(Path)} writes the same files and manifest into a folder instead.</li>
 * </ul>
 *
 * <p>Run it with {@code java -cp examples/target/briefkit.jar org.briefkit.examples.BuildMediaKit [OUT_DIR]};
 * it writes {@code media-kit.zip} and prints the manifest.
 */
public final class BuildMediaKit {
    private BuildMediaKit() {
    }

    /**
     * @param args the output folder (default {@code examples/target/examples/media-kit})
     * @throws IOException when the zip cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = ExampleFiles.outputFolder(args, "media-kit");
        MarkdownReader reader = MarkdownReader.standard();

        MediaKit kit = MediaKit.builder()
                .theme(HangulFallback.addTo(Theme.letter()))
                .add(reader.read(ExampleFiles.sample("press-release.md")))
                .add(reader.read(ExampleFiles.sample("brief.md")))
                .add(reader.read(ExampleFiles.sample("report.md")))
                .build();
        Path zip = out.resolve("media-kit.zip");
        KitManifest manifest = kit.writeZip(zip);

        System.out.println("wrote " + zip);
        for (KitFile file : manifest.files()) {
            System.out.printf("  %-45s %-5s %8d bytes  sha256 %s%n", file.name(), file.format(), file.size(),
                    file.sha256().substring(0, 16) + "…");
        }
        System.out.println();
        System.out.print(manifest.toJson());
    }
}
