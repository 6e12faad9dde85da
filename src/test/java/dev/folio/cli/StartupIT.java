package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** --help and --version stay cheap: nothing heavy is loaded for them. */
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
    void printingAFileDoesNotBuildPicocli() throws Exception {
        String loaded = run("-p", "samples/elements.md");
        assertFalse(loaded.contains("picocli.CommandLine "), "the quick path skips picocli's model");
        assertFalse(loaded.contains("picocli.CommandLine$Model"), "the quick path skips picocli's model");
        assertTrue(run("-p", "--width=60", "samples/elements.md").contains("picocli.CommandLine "), "other options go through picocli");
    }
}
