package org.briefkit.kit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.briefkit.BriefkitException;
import org.briefkit.RenderException;
import org.briefkit.compose.Wording;
import org.briefkit.model.Document;
import org.briefkit.model.Release;
import org.briefkit.render.AtomicFiles;
import org.briefkit.render.Renderer;
import org.briefkit.render.Renderers;
import org.briefkit.theme.Theme;

/**
 * A media kit: documents rendered to every format, named predictably (the title's slug and the
 * kind: {@code tides-of-change-press-release.pdf}), with a {@code manifest.json} listing each
 * file's title, kind, format, size and SHA-256, and the embargo when a document carries one.
 *
 * <p>All or nothing: every file is rendered in memory first, so a document that fails leaves no
 * file and no partial zip behind; a zip is written atomically, and a folder is written beside
 * its target and swapped in whole. The same documents give the same bytes, zip included.
 *
 * <pre>{@code
 * KitManifest manifest = MediaKit.builder().add(release).add(brief).build().writeZip(Path.of("kit.zip"));
 * }</pre>
 */
public final class MediaKit {
    /** Every entry of a kit's zip carries this time, so equal kits are equal bytes. */
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final List<Document> documents;
    private final Theme theme;
    private final List<Renderer> renderers;
    private final int threads;

    private MediaKit(Builder b) {
        if (b.documents.isEmpty()) {
            throw new BriefkitException("a media kit needs at least one document");
        }
        documents = List.copyOf(b.documents);
        theme = b.theme;
        renderers = b.renderers.isEmpty() ? List.of(Renderers.forFormat("pdf"), Renderers.forFormat("docx"))
                : List.copyOf(b.renderers);
        threads = b.threads;
    }

    /** @return a builder for a kit rendered with the Letter theme to PDF and DOCX */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Renders the kit into a folder, replacing whatever kit was there: the files and the manifest
     * are written into a fresh folder beside it, which is then swapped in, so the folder holds
     * either the previous kit, untouched, or exactly this one (no file of an earlier kit is left
     * beside it). Nothing is written unless every document rendered.
     *
     * @param folder the folder, created when missing; it must be absent, empty, or hold an
     *               earlier kit (a {@code manifest.json} this library wrote, and only files)
     * @return the manifest written
     * @throws BriefkitException when the folder holds anything but a kit (it is never replaced
     *                           then), or a document fails to render
     * @throws IOException       when the folder cannot be written; the previous kit then stays
     */
    public KitManifest writeFolder(Path folder) throws IOException {
        return writeFolder(folder, KitFolder.SYNCED);
    }

    KitManifest writeFolder(Path folder, KitFolder.FileWriter writer) throws IOException {
        Path target = KitFolder.target(folder);
        List<Rendered> files = renderAll();
        KitManifest manifest = manifest(files);
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (Rendered file : files) {
            contents.put(file.entry().name(), file.bytes());
        }
        contents.put(KitManifest.FILE_NAME, manifest.toJson().getBytes(StandardCharsets.UTF_8));
        KitFolder.replace(target, contents, writer);
        return manifest;
    }

    /**
     * Renders the kit into one zip, written atomically: the old zip stays when anything fails.
     *
     * @param zip the zip file to create or replace
     * @return the manifest it holds
     * @throws IOException when the file cannot be written
     */
    public KitManifest writeZip(Path zip) throws IOException {
        List<Rendered> files = renderAll();
        KitManifest manifest = manifest(files);
        AtomicFiles.write(zip, out -> writeZip(files, manifest, out));
        return manifest;
    }

    private static void writeZip(List<Rendered> files, KitManifest manifest, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Rendered file : files) {
            putEntry(zip, file.entry().name(), file.bytes());
        }
        putEntry(zip, KitManifest.FILE_NAME, manifest.toJson().getBytes(StandardCharsets.UTF_8));
        zip.finish();
    }

    private static void putEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ZIP_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private List<Rendered> renderAll() {
        List<Job> jobs = plan();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), runnable -> {
            Thread t = new Thread(runnable, "briefkit-kit");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Rendered>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> job.render(theme)));
            }
            List<Rendered> rendered = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                rendered.add(await(futures.get(i), jobs.get(i)));
            }
            return rendered;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Rendered await(Future<Rendered> future, Job job) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("media kit interrupted while rendering " + job.describe(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw new RenderException("media kit: " + job.describe() + " failed: " + cause.getMessage(), cause);
        }
    }

    /** Names every file before rendering: the title's slug and the kind, numbered when two collide. */
    private List<Job> plan() {
        List<Job> jobs = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int d = 0; d < documents.size(); d++) {
            Document doc = documents.get(d);
            String base = Slugs.of(doc.metadata().title()) + "-" + doc.metadata().kind().label();
            String stem = base;
            for (int n = 2; !taken.add(stem); n++) {
                stem = base + "-" + n;
            }
            for (Renderer renderer : renderers) {
                jobs.add(new Job(d + 1, doc, renderer, stem + "." + renderer.extension()));
            }
        }
        return jobs;
    }

    private static KitManifest manifest(List<Rendered> files) {
        List<KitFile> entries = files.stream().map(Rendered::entry).toList();
        ZonedDateTime latest = null;
        String embargo = "";
        for (Rendered file : files) {
            var until = file.release().flatMap(Release::embargoUntil);
            if (until.isPresent() && (latest == null || until.get().isAfter(latest))) {
                latest = until.get();
                embargo = file.entry().embargo();
            }
        }
        return new KitManifest(entries, embargo);
    }

    /** One document in one format, to be rendered. */
    private record Job(int number, Document document, Renderer renderer, String fileName) {
        Rendered render(Theme theme) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            renderer.render(document, theme, out);
            byte[] bytes = out.toByteArray();
            var meta = document.metadata();
            String embargo = meta.release().filter(Release::isEmbargoed).map(Wording::releaseLine).orElse("");
            KitFile entry = new KitFile(fileName, meta.title(), meta.kind().label(), renderer.format(), bytes.length,
                    sha256(bytes), embargo);
            return new Rendered(entry, bytes, meta.release());
        }

        String describe() {
            return "document " + number + " ('" + document.metadata().title() + "') as " + renderer.format();
        }
    }

    private record Rendered(KitFile entry, byte[] bytes, java.util.Optional<Release> release) {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Builds a {@link MediaKit}. */
    public static final class Builder {
        private final List<Document> documents = new ArrayList<>();
        private final List<Renderer> renderers = new ArrayList<>();
        private Theme theme = Theme.letter();
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

        private Builder() {
        }

        /** @param document a document, after the others; @return this builder */
        public Builder add(Document document) {
            documents.add(java.util.Objects.requireNonNull(document, "document"));
            return this;
        }

        /** @param value the theme every document is rendered with; @return this builder */
        public Builder theme(Theme value) {
            theme = java.util.Objects.requireNonNull(value, "theme");
            return this;
        }

        /**
         * @param value a renderer to use, after the others; when none is given, PDF and DOCX
         *              are looked up by name
         * @return this builder
         */
        public Builder renderer(Renderer value) {
            renderers.add(java.util.Objects.requireNonNull(value, "renderer"));
            return this;
        }

        /** @param value how many files render at once, 1 or more; @return this builder */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be 1 or more, not " + value);
            }
            threads = value;
            return this;
        }

        /** @return the kit, ready to write */
        public MediaKit build() {
            return new MediaKit(this);
        }
    }
}
