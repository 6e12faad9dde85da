package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import dev.folio.text.Width;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** folio on an image at a terminal is no dead end: the viewer shows a document of that image and says how to open it. */
class ImageFileTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;
    FakeEnvironment env;
    final List<ViewRequest> requests = new ArrayList<>();
    final ViewerLauncher viewer = request -> {
        requests.add(request);
        return 0;
    };

    @BeforeEach
    void setUp() throws Exception {
        env = new FakeEnvironment(dir);
        Files.write(dir.resolve("logo.png"), PNG);
        Files.write(dir.resolve("photo"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0});
    }

    @Test
    void theViewerGetsADocumentOfTheImageAndANoticeThatFitsFortyColumns() {
        env.terminal(80);
        Run run = Run.folio(env, Run.LINES, Optional.of(viewer), "logo.png");
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, requests.size());
        ViewRequest r = requests.get(0);
        Block.Paragraph p = (Block.Paragraph) r.document().blocks().get(0);
        Inline.Media image = (Inline.Media) p.content().get(0);
        assertEquals(MediaKind.IMAGE, image.kind());
        assertEquals("logo.png", image.target(), "found beside the file: the document's directory is the image's");
        assertEquals("logo.png: a PNG image; m Enter opens it", r.notice());
        assertTrue(Width.of(r.notice()) <= 40);
    }

    @Test
    void anImageWhoseNameSaysNothingIsKnownByItsBytes() {
        env.terminal(80);
        Run.folio(env, Run.LINES, Optional.of(viewer), "photo");
        assertEquals("photo: a JPEG image; m Enter opens it", requests.get(0).notice());
    }

    @Test
    void aLinkInTheViewerToAnImageNamedAsNoneShowsTheImage() throws Exception {
        dev.folio.input.InputReader reader = new dev.folio.input.InputReader(dev.folio.input.InputReader.DEFAULT_MAX_SIZE, null);
        dev.folio.markdown.MarkdownParser parser = new dev.folio.markdown.MarkdownParser();
        Block.Paragraph p = (Block.Paragraph) ImageDocument.orText(parser, reader, dir.resolve("photo")).blocks().get(0);
        assertEquals(new Inline.Media(MediaKind.IMAGE, "photo", "photo"), p.content().get(0));
        Files.write(dir.resolve("a.out"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
        java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ImageDocument.orText(parser, reader, dir.resolve("a.out")));
        assertTrue(refused.getMessage().contains("a program (ELF executable)"), refused.getMessage());
        Files.writeString(dir.resolve("notes"), "# Notes\n");
        assertEquals("Notes", ImageDocument.orText(parser, reader, dir.resolve("notes")).title());
    }

    @Test
    void printingAnImageIsStillAnInputError() {
        env.terminal(80);
        Run run = Run.folio(env, Run.LINES, Optional.of(viewer), "-p", "logo.png");
        assertEquals(FolioCommand.EXIT_INPUT, run.exit());
        assertTrue(run.err().startsWith("folio: logo.png: a PNG image, not text"), run.err());
        assertEquals(List.of(), requests);
    }

    @Test
    void otherBinaryFilesAreRefusedAsBefore() throws Exception {
        env.terminal(80);
        Files.write(dir.resolve("a.out"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
        Run run = Run.folio(env, Run.LINES, Optional.of(viewer), "a.out");
        assertEquals(FolioCommand.EXIT_INPUT, run.exit());
        assertTrue(run.err().contains("a program (ELF executable), not text"), run.err());
    }
}
