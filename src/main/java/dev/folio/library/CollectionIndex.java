package dev.folio.library;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A collection's index ({@code SUMMARY.md}, {@code _sidebar.md}, {@code README.md},
 * {@code index.md}): the local documents it links to, in its order, each once.
 *
 * @param file      the index document (absolute, normalised)
 * @param documents the documents it links to, absolute and normalised, in order
 */
public record CollectionIndex(Path file, List<Path> documents, Map<Path, Integer> positions) {
    // [text](dest "title") or [text](<dest>), and <a href="dest">.
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*(<[^>\\n]*>|[^)\\s]+)(?:\\s+[\"'(][^)\\n]*)?\\)");
    private static final Pattern HREF = Pattern.compile("<a\\s[^>]*?href\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    public CollectionIndex {
        documents = List.copyOf(documents);
        positions = Map.copyOf(positions);
    }

    /** The index of {@code file}, whose text is {@code text}. */
    public static CollectionIndex parse(Path file, String text) {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        Set<Path> documents = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            if (line.indexOf("](") >= 0) {
                Matcher m = LINK.matcher(line);
                while (m.find()) {
                    add(documents, dir, abs, m.group(1));
                }
            }
            if (line.indexOf("href") >= 0) {
                Matcher m = HREF.matcher(line);
                while (m.find()) {
                    add(documents, dir, abs, m.group(1));
                }
            }
        }
        List<Path> ordered = new ArrayList<>(documents);
        Map<Path, Integer> positions = new HashMap<>(ordered.size() * 2);
        for (int i = 0; i < ordered.size(); i++) {
            positions.put(ordered.get(i), i);
        }
        return new CollectionIndex(abs, ordered, positions);
    }

    public boolean contains(Path document) {
        return positions.containsKey(document);
    }

    /** Where {@code document} stands in the index's order (0-based), or -1. */
    public int positionOf(Path document) {
        return positions.getOrDefault(document, -1);
    }

    private static void add(Set<Path> documents, Path dir, Path self, String destination) {
        Path target = local(dir, destination);
        if (target != null && !target.equals(self)) {
            documents.add(target);
        }
    }

    /**
     * The local document a link destination names, or null (web links, anchors, images).
     * A destination starting with {@code /} is taken from the index's folder, as docsify and
     * GitBook do; one without an extension that is not a folder is a {@code .md} file (docsify).
     */
    static Path local(Path dir, String destination) {
        String d = destination.strip();
        if (d.startsWith("<") && d.endsWith(">")) {
            d = d.substring(1, d.length() - 1).strip();
        }
        if (d.isEmpty() || d.startsWith("#") || d.startsWith("//") || SCHEME.matcher(d).find()) {
            return null;
        }
        int cut = indexOfAny(d, '#', '?');
        if (cut >= 0) {
            d = d.substring(0, cut);
        }
        if (d.isEmpty()) {
            return null;
        }
        try {
            d = URLDecoder.decode(d.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // Keep it as written.
        }
        while (d.startsWith("/")) {
            d = d.substring(1);
        }
        try {
            Path target = dir.resolve(d).normalize();
            if (Documents.isDocument(target)) {
                return target;
            }
            String name = target.getFileName() == null ? "" : target.getFileName().toString();
            if (!name.contains(".") || d.endsWith("/")) {
                if (Files.isDirectory(target)) {
                    return null; // a folder is not an article
                }
                return target.resolveSibling(name + ".md");
            }
            return null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
