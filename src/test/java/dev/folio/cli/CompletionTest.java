package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script, run in bash the way bash runs it at a Tab. */
class CompletionTest {
    @TempDir
    Path dir;

    @Test
    void valueAfterASpace() throws Exception {
        assertEquals(List.of("auto", "always", "never"), complete("folio", "--color", ""));
    }

    @Test
    void valueRightAfterTheEqualsSign() throws Exception {
        // bash splits "--color=" at '=': the word being completed is "=".
        assertEquals(List.of("auto", "always", "never"), complete("folio", "--color", "="));
        assertEquals(List.of("auto", "dark", "light", "plain"), complete("folio", "-p", "--theme", "="));
    }

    @Test
    void valueStartedAfterTheEqualsSign() throws Exception {
        assertEquals(List.of("always"), complete("folio", "--color", "=", "al"));
        assertEquals(List.of("GB18030", "GBK"), complete("folio", "--encoding", "=", "GB"));
    }

    @Test
    void equalsFormAsOneWordGetsTheOptionBack() throws Exception {
        // zsh (bashcompinit), or a bash without '=' in COMP_WORDBREAKS, keeps it one word.
        assertEquals(List.of("--theme=dark"), complete("folio", "--theme=da"));
    }

    @Test
    void optionsStillComplete() throws Exception {
        assertEquals(List.of("--hyperlinks"), complete("folio", "--hyp"));
    }

    /** COMPREPLY for a command line whose last word is the one being completed. */
    private List<String> complete(String... words) throws IOException, InterruptedException {
        Path script = dir.resolve("folio.bash");
        Files.writeString(script, Run.folio(new FakeEnvironment(dir), "--generate-completion").out());
        // compopt only works while bash itself runs a completion: a no-op stands in for it.
        StringBuilder call = new StringBuilder("compopt() { return 0; }\nsource ").append(script).append("\nCOMP_WORDS=(");
        for (String w : words) {
            call.append('\'').append(w).append("' ");
        }
        call.append(")\nCOMP_CWORD=").append(words.length - 1).append('\n')
                .append(CompletionScript.FUNCTION).append("\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n");
        Path driver = dir.resolve("driver.bash");
        Files.writeString(driver, call);
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", driver.toString())
                .redirectErrorStream(true).directory(dir.toFile()).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        bash.waitFor(20, TimeUnit.SECONDS);
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }
}
