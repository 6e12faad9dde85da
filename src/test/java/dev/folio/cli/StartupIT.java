package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up stays cheap: nothing is loaded that a run does not use (issues 6 and 12). */
class StartupIT {
    static String run(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-verbose:class", "-cp", System.getProperty("java.class.path"), "dev.folio.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void helpAndVersionLoadNoParserLayoutOrTerminalLibrary() throws Exception {
        for (String option : new String[] {"--help", "--version"}) {
            String loaded = run(option);
            assertFalse(loaded.contains("com.vladsch.flexmark"), option + " loaded flexmark");
            assertFalse(loaded.contains("com.googlecode.lanterna"), option + " loaded Lanterna");
            assertFalse(loaded.contains("dev.folio.layout.Layout "), option + " loaded the layout");
            assertFalse(loaded.contains("org.mozilla.universalchardet"), option + " loaded the charset detector");
            assertFalse(loaded.contains("org.fife"), option + " loaded the code highlighter");
        }
    }

    @Test
    void printingWithoutColourLoadsNoHighlighterAndWithColourOnlyTheLanguagesUsed() throws Exception {
        assertFalse(run("-p", "samples/elements.md").contains("org.fife"), "no colour, no tokens to find");
        String coloured = run("-p", "--color=always", "samples/elements.md");
        assertTrue(coloured.contains("org.fife.ui.rsyntaxtextarea.modes.JavaTokenMaker"));
        assertFalse(coloured.contains("org.fife.ui.rsyntaxtextarea.modes.RubyTokenMaker"), "made only when a block needs it");
    }

    @Test
    void theCommandLineModelIsBuiltWithoutReadingAnnotations() throws Exception {
        String loaded = run("-p", "--width=60", "--color=always", "--hyperlinks=never", "samples/elements.md");
        assertTrue(loaded.contains("picocli.CommandLine "), "picocli reads every command line");
        // Annotations are read through generated proxy classes, which no class-data archive holds.
        assertFalse(loaded.contains("$Proxy"), "something read annotations");
    }

    @Test
    void aDocumentIsParsedWithOnlyTheExtensionsItCanNeed(@TempDir Path dir) throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.md"), "# Plain\n\nNo table, no footnote, no task: just *text*.\n");
        String loaded = run("-p", plain.toString());
        // The extensions' classes of options are loaded with the set-up; their parsers are not.
        assertFalse(loaded.contains("com.vladsch.flexmark.ext.tables.internal"), "tables");
        assertFalse(loaded.contains("com.vladsch.flexmark.ext.footnotes.internal"), "footnotes");
        assertTrue(run("-p", "samples/elements.md").contains("com.vladsch.flexmark.ext.tables.internal"), "a document with a table");
    }
}
