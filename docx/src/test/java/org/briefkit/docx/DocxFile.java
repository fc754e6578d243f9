package org.briefkit.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefkit.model.Document;
import org.briefkit.theme.Theme;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A rendered .docx opened for checking: its zip entries, each part's XML through XPath (with the
 * usual prefixes w, r, wp, a, pic, rel, cp, dc, dcterms, ct), and the whole file reopened with POI.
 */
public final class DocxFile {
    private static final Map<String, String> NS = Map.of(
            "w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
            "a", "http://schemas.openxmlformats.org/drawingml/2006/main",
            "pic", "http://schemas.openxmlformats.org/drawingml/2006/picture",
            "rel", "http://schemas.openxmlformats.org/package/2006/relationships",
            "cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "dc", "http://purl.org/dc/elements/1.1/",
            "dcterms", "http://purl.org/dc/terms/",
            "ct", "http://schemas.openxmlformats.org/package/2006/content-types");

    private final byte[] bytes;
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, org.w3c.dom.Document> parsed = new java.util.HashMap<>();

    private DocxFile(byte[] bytes) {
        this.bytes = bytes;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param document a document; @param theme its theme; @return it rendered and opened */
    public static DocxFile render(Document document, Theme theme) {
        return of(bytes(DocxRenderer.create(), document, theme));
    }

    /** @param bytes a .docx; @return it opened */
    public static DocxFile of(byte[] bytes) {
        return new DocxFile(bytes);
    }

    static byte[] bytes(DocxRenderer renderer, Document document, Theme theme) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(document, theme, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return the zip's entry names, in order */
    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    /** @param name an entry; @return its bytes */
    public byte[] entry(String name) {
        byte[] data = entries.get(name);
        if (data == null) {
            throw new AssertionError("no part " + name + " in " + entries.keySet());
        }
        return data;
    }

    /** @param name an entry; @return its text */
    public String text(String name) {
        return new String(entry(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @param prefix a folder or name prefix; @return the entries that start with it */
    public List<String> namesStartingWith(String prefix) {
        return entries.keySet().stream().filter(n -> n.startsWith(prefix)).toList();
    }

    /** @return the file reopened with POI */
    public XWPFDocument poi() {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param part an XML part; @param expr an XPath expression; @return the matching nodes' text */
    public List<String> strings(String part, String expr) {
        NodeList nodes = nodes(part, expr);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    /** @param part an XML part; @param expr an XPath expression; @return the first match's text, or null */
    public String string(String part, String expr) {
        List<String> all = strings(part, expr);
        return all.isEmpty() ? null : all.get(0);
    }

    /** @param part an XML part; @param expr an XPath expression; @return how many nodes match */
    public int count(String part, String expr) {
        return nodes(part, expr).getLength();
    }

    /** @param part an XML part; @param expr an XPath expression; @return the matches */
    public NodeList nodes(String part, String expr) {
        return (NodeList) eval(part, expr, XPathConstants.NODESET);
    }

    /** @param context a node; @param expr an XPath relative to it; @return the matches' text */
    public List<String> strings(Node context, String expr) {
        NodeList nodes;
        try {
            nodes = (NodeList) xpath().evaluate(expr, context, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expr, e);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    /** @param part a part; @return its visible text, paragraph by paragraph (tabs as \t) */
    public List<String> paragraphs(String part) {
        NodeList ps = nodes(part, "//w:p");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ps.getLength(); i++) {
            StringBuilder text = new StringBuilder();
            for (String t : strings(ps.item(i), ".//w:t | .//w:tab")) {
                text.append(t.isEmpty() ? "\t" : t);
            }
            out.add(text.toString());
        }
        return out;
    }

    private Object eval(String part, String expr, javax.xml.namespace.QName type) {
        try {
            return xpath().evaluate(expr, dom(part), type);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expr, e);
        }
    }

    private org.w3c.dom.Document dom(String part) {
        return parsed.computeIfAbsent(part, name -> {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                return f.newDocumentBuilder().parse(new ByteArrayInputStream(entry(name)));
            } catch (Exception e) {
                throw new AssertionError("part " + name + " is not well-formed XML: " + e.getMessage(), e);
            }
        });
    }

    private static XPath xpath() {
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NS.getOrDefault(prefix, "");
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return x;
    }
}
