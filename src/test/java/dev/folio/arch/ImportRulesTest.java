package dev.folio.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline's shape: each library stays in the one package that adapts it, so the
 * document model, layout and viewer core stay testable without a parser or a terminal.
 */
class ImportRulesTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/folio");

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
    void luceneOnlyInLibraryPackage() throws IOException {
        assertEquals(List.of(), violations("org.apache.lucene", List.of("library")));
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
