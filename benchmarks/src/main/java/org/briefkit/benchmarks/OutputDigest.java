package org.briefkit.benchmarks;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.briefkit.docx.DocxRenderer;
import org.briefkit.markdown.MarkdownReader;
import org.briefkit.model.Document;
import org.briefkit.pdf.PdfOptions;
import org.briefkit.pdf.PdfRenderer;
import org.briefkit.theme.Theme;

/**
 * Prints a SHA-256 of every PDF and DOCX the benchmark renders (the samples, pandoc's manual,
 * the synthetic reports of 10 and 100 pages). Renders are deterministic, so an optimization
 * that must not change the output is checked by running this before and after it and comparing.
 */
public final class OutputDigest {
    private OutputDigest() {
    }

    /** @param args none */
    public static void main(String[] args) throws Exception {
        Theme theme = Theme.letter();
        PdfRenderer pdf = PdfRenderer.create(PdfOptions.builder().warnings(w -> { }).build());
        DocxRenderer docx = DocxRenderer.create();
        List<Inputs.Markdown> inputs = new ArrayList<>(Inputs.samples());
        Inputs.manual().ifPresent(inputs::add);
        for (Inputs.Markdown m : inputs) {
            Document doc = MarkdownReader.standard().read(m.text(), m.folder(), m.file().toString());
            print(m.name(), doc, theme, pdf, docx);
        }
        for (int pages : new int[] {10, 100}) {
            print("report-" + pages, SyntheticReport.of(SyntheticReport.sectionsFor(pages)), theme, pdf, docx);
        }
    }

    private static void print(String name, Document doc, Theme theme, PdfRenderer pdf, DocxRenderer docx)
            throws Exception {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        pdf.render(doc, theme, a);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        docx.render(doc, theme, b);
        System.out.println(name + ".pdf " + sha(a.toByteArray()) + " " + a.size());
        System.out.println(name + ".docx " + sha(b.toByteArray()) + " " + b.size());
    }

    private static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
    }
}
