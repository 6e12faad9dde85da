package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command lines recognised without picocli behave exactly as picocli would have them. */
class QuickArgsTest {
    @TempDir
    Path dir;
    FakeEnvironment env;

    @BeforeEach
    void setUp() throws Exception {
        env = new FakeEnvironment(dir);
        Files.writeString(dir.resolve("doc.md"), "# Title\ntext\n<https://example.com/>\n");
    }

    @Test
    void recognisesOnlyTheCommonForms() {
        assertEquals(new QuickArgs(true, "doc.md"), QuickArgs.of("-p", "doc.md").orElseThrow());
        assertEquals(new QuickArgs(true, "doc.md"), QuickArgs.of("doc.md", "--print").orElseThrow());
        assertEquals(new QuickArgs(false, "-"), QuickArgs.of("-").orElseThrow());
        assertEquals(new QuickArgs(false, null), QuickArgs.of().orElseThrow());
        for (String[] args : List.of(new String[] {"-p", "-p", "a"}, new String[] {"a", "b"}, new String[] {"--", "a"},
                new String[] {"-pw5", "a"}, new String[] {"@args"}, new String[] {"--width=5", "a"}, new String[] {""},
                new String[] {"--help"}, new String[] {"-x.md"}, new String[] {"nul\0.md"})) {
            assertFalse(QuickArgs.of(args).isPresent(), String.join(" ", args));
        }
    }

    @Test
    void printingMatchesPicocliAtATerminalAndInAPipe() {
        for (boolean terminal : new boolean[] {false, true}) {
            if (terminal) {
                env.terminal(90);
            }
            Run quick = Run.folio(env, "-p", "doc.md");
            Run picocli = Run.folio(env, "--color=auto", "--hyperlinks=auto", "-p", "--", "doc.md");
            assertEquals(picocli, quick);
            assertEquals(0, quick.exit());
        }
    }

    @Test
    void errorsMatchPicocli() {
        Run quick = Run.folio(env, "missing.md");
        assertEquals(Run.folio(env, "--", "missing.md"), quick);
        assertEquals(FolioCommand.EXIT_INPUT, quick.exit());
    }

    @Test
    void theViewerGetsTheSameRequest() {
        env.terminal(70);
        List<ViewRequest> requests = new ArrayList<>();
        ViewerLauncher viewer = request -> {
            requests.add(request);
            return 0;
        };
        Run.folio(env, Run.LINES, Optional.of(viewer), "doc.md");
        Run.folio(env, Run.LINES, Optional.of(viewer), "--color=auto", "--", "doc.md");
        assertEquals(2, requests.size());
        assertEquals(withoutReader(requests.get(1)), withoutReader(requests.get(0)));
        assertTrue(requests.get(0).source().name().contains("doc.md"));
    }

    /** The request without its input reader and theme (objects compared by identity). */
    private static ViewRequest withoutReader(ViewRequest r) {
        return new ViewRequest(r.source(), r.text(), null, null, r.debug(), r.opener(), r.maxWidth(), r.centred(),
                r.color(), r.keys(), r.openers(), r.watch(), r.ambiguous(), r.document(), null, r.webPages(), r.anchor(), r.notice(),
                r.images(), r.memory(), r.wrapCode(), r.lineNumbers());
    }
}
