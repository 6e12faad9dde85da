package dev.folio.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose name is not valid UTF-8 (issue 11, item 14): Java hands folio the argument with
 * U+FFFD for the bad byte, and the file is still found and read. The files are made by the
 * shell, since Java itself cannot write such a name.
 */
class LossyNamesTest {
    @TempDir
    Path dir;

    /** Makes files in {@code dir} named by printf escapes (octal bytes), each holding its own name's escape. */
    private void shellFiles(String... printfNames) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder();
        for (String name : printfNames) {
            script.append("printf '%s' '").append(name).append("' > \"$(printf '").append(name).append("')\"\n");
        }
        Process sh = new ProcessBuilder("sh", "-c", script.toString()).directory(dir.toFile()).inheritIO().start();
        assumeTrue(sh.waitFor() == 0, "sh could not make the files");
    }

    @Test
    void aNameWithAnInvalidByteIsFoundByItsFolder() throws Exception {
        shellFiles("c1raw\\233J.md");
        Path given = dir.resolve("c1raw\uFFFDJ.md");
        assumeTrue(!Files.exists(given), "this file system stores names as Java writes them");
        Path found = LossyNames.existing(given);
        assertEquals("c1raw\\233J.md", InputReader.defaults().text(found, "c1raw\uFFFDJ.md").text());
    }

    @Test
    void aFolderWithAnInvalidByteIsFoundToo() throws Exception {
        Files.createDirectory(dir.resolve("ok"));
        Process sh = new ProcessBuilder("sh", "-c", "mkdir \"$(printf 'd\\377')\" && printf y > \"$(printf 'd\\377')/doc.md\"")
                .directory(dir.toFile()).inheritIO().start();
        assumeTrue(sh.waitFor() == 0);
        Path found = LossyNames.existing(dir.resolve("d\uFFFD").resolve("doc.md"));
        assertEquals("y", InputReader.defaults().text(found, "d\uFFFD/doc.md").text());
    }

    @Test
    void twoFilesThatReadTheSameAreNotGuessedBetween() throws Exception {
        shellFiles("c1raw\\233J.md", "c1raw\\234J.md");
        Path given = dir.resolve("c1raw\uFFFDJ.md");
        assertEquals(given, LossyNames.existing(given));
        assertEquals(2, LossyNames.matches(given));
    }

    @Test
    void aValidOrExistingNameIsLeftAlone() throws Exception {
        Path plain = dir.resolve("gone.md");
        assertEquals(plain, LossyNames.existing(plain));
        Path replacement = Files.writeString(dir.resolve("real\uFFFD.md"), "z"); // U+FFFD really in the name
        assertEquals(replacement, LossyNames.existing(replacement));
        InputException e = assertThrows(InputException.class,
                () -> InputReader.defaults().text(LossyNames.existing(dir.resolve("none\uFFFD.md")), "none\uFFFD.md"));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }
}
