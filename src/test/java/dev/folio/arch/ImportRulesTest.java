package dev.folio.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline's shape: each library stays in the one package that adapts it, so the
 * document model, layout and viewer core stay testable without a parser or a terminal; and folio's
 * own packages import only the ones below them ({@link #MAY_USE}), so the seam between the viewer
 * core, its runtime and the command line is drawn once.
 */
class ImportRulesTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/folio");
    private static final Path TESTS = Path.of("src/test/java/dev/folio");

    /**
     * Which folio packages each package may use (imports and qualified names alike). Downward
     * only: {@code doc} and {@code text} at the bottom, {@code cli} at the top wiring everything.
     * A new package needs a row here, placed where it belongs.
     */
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("doc", Set.of()),
            Map.entry("failure", Set.of("text")),
            Map.entry("input", Set.of("text")),
            Map.entry("html", Set.of("doc", "text")),
            Map.entry("markdown", Set.of("html", "doc", "text")),
            Map.entry("layout", Set.of("doc", "text")),
            Map.entry("highlight", Set.of("layout", "doc", "text")),
            Map.entry("theme", Set.of("layout", "text")),
            Map.entry("print", Set.of("layout", "theme", "doc", "text")),
            Map.entry("open", Set.of("doc", "text")),
            Map.entry("viewer", Set.of("layout", "open", "theme", "doc", "text")),
            Map.entry("config", Set.of("viewer", "open", "theme", "text")),
            Map.entry("tui", Set.of("viewer", "layout", "open", "theme", "failure", "doc", "text")),
            Map.entry("cli", Set.of("tui", "config", "viewer", "print", "highlight", "layout", "open", "theme",
                    "markdown", "input", "failure", "doc", "text")));

    private static final Pattern FOLIO_PACKAGE = Pattern.compile("\\bdev\\.folio\\.([a-z]+)\\.");

    @Test
    void packagesImportOnlyThePackagesBelowThem() throws IOException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<Path, Set<String>> file : folioPackagesUsed(SOURCES).entrySet()) {
            String pkg = packageOf(SOURCES, file.getKey());
            if (pkg.isEmpty()) {
                continue; // dev.folio.Main: the one line that starts the command
            }
            Set<String> allowed = MAY_USE.get(pkg);
            if (allowed == null) {
                found.add(pkg + ": a package without a row in ImportRulesTest.MAY_USE");
                continue;
            }
            for (String used : file.getValue()) {
                if (!used.equals(pkg) && !allowed.contains(used)) {
                    found.add(SOURCES.relativize(file.getKey()) + " uses " + used);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theDirectionsHaveNoCycle() {
        for (String pkg : MAY_USE.keySet()) {
            assertEquals(Set.of(), cycleThrough(pkg, pkg, new HashSet<>()), "a cycle through " + pkg);
        }
    }

    /** The runtime knows no Markdown, not even in its tests: they get documents from test fixtures. */
    @Test
    void theRuntimeAndItsTestsNeverUseMarkdown() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(SOURCES, TESTS)) {
            for (Map.Entry<Path, Set<String>> file : folioPackagesUsed(root).entrySet()) {
                if (packageOf(root, file.getKey()).equals("tui") && file.getValue().contains("markdown")) {
                    found.add(root.relativize(file.getKey()).toString());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static Set<String> cycleThrough(String start, String at, Set<String> seen) {
        for (String next : MAY_USE.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                return Set.of(at);
            }
            if (seen.add(next) && !cycleThrough(start, next, seen).isEmpty()) {
                return Set.of(next);
            }
        }
        return Set.of();
    }

    private static String packageOf(Path root, Path file) {
        Path relative = root.relativize(file);
        return relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
    }

    /** For each source file, the folio packages its code names (comments left out). */
    private static Map<Path, Set<String>> folioPackagesUsed(Path root) throws IOException {
        Map<Path, Set<String>> used = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Set<String> packages = new TreeSet<>();
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//") || code.startsWith("package ")) {
                        continue;
                    }
                    Matcher m = FOLIO_PACKAGE.matcher(code.replaceAll("//.*", ""));
                    while (m.find()) {
                        packages.add(m.group(1));
                    }
                }
                used.put(file, packages);
            }
        }
        return used;
    }

    @Test
    void flexmarkOnlyInMarkdownPackage() throws IOException {
        assertEquals(List.of(), violations("com.vladsch.flexmark", List.of("markdown")));
    }

    @Test
    void lanternaOnlyInTuiPackage() throws IOException {
        assertEquals(List.of(), violations("com.googlecode.lanterna", List.of("tui")));
    }

    @Test
    void jlineOnlyAtTheEdges() throws IOException {
        assertEquals(List.of(), violations("org.jline", List.of("print", "cli", "text")));
    }

    @Test
    void rsyntaxTextAreaOnlyInHighlightPackage() throws IOException {
        assertEquals(List.of(), violations("org.fife", List.of("highlight")));
        // Its lexers take Swing's Segment; the rest of folio stays clear of the desktop module.
        assertEquals(List.of(), violations("javax.swing", List.of("highlight")));
        assertEquals(List.of(), violations("java.awt", List.of("highlight")));
    }

    @Test
    void tomlOnlyInConfigPackage() throws IOException {
        assertEquals(List.of(), violations("org.tomlj", List.of("config")));
    }

    @Test
    void jsoupOnlyInHtmlPackage() throws IOException {
        assertEquals(List.of(), violations("org.jsoup", List.of("html")));
    }

    private static List<String> violations(String library, List<String> allowedPackages) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                if (allowedPackages.contains(pkg)) {
                    continue;
                }
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import") && line.contains(library)) {
                        found.add(SOURCES.relativize(file) + ": " + line);
                    }
                }
            }
        }
        return found;
    }
}
