package dev.folio.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTargetsTest {
    private final LinkTargets targets = new LinkTargets(Path.of("/d/a.md"), Path.of("/d"));

    @Test
    void absoluteWebTargetsStayAsTheyAre() {
        assertEquals(Optional.of("https://example.com/a?b=c&d=%20#x"), targets.uri("https://example.com/a?b=c&d=%20#x"));
        assertEquals(Optional.of("mailto:someone@example.com"), targets.uri(" mailto:someone@example.com "));
        assertEquals(Optional.of("http://[::1]:8080/"), targets.uri("http://[::1]:8080/"));
    }

    @Test
    void bidiOverridesAndLoneBracketsAreEncoded() {
        assertEquals(Optional.of("file:///d/%E2%80%AEgpj.md"), targets.uri("\u202Egpj.md"));
        assertEquals(Optional.of("file:///d/a%5B1%5D.md"), targets.uri("a[1].md"));
        assertEquals(Optional.of("https://e.com/100%25"), targets.uri("https://e.com/100%"));
    }

    @Test
    void parentDirectoriesResolve() {
        assertEquals(Optional.of("file:///other/b.md"), targets.uri("../other/b.md"));
    }

    /** A file system where every file exists; names starting with "x" are executable. */
    private final LinkTargets onDisk = new LinkTargets(Path.of("/d/a.md"), Path.of("/d"),
            new dev.folio.open.LinkResolver(path -> new dev.folio.open.FileProbe.FileFacts(true, false,
                    path.getFileName() != null && path.getFileName().toString().startsWith("x"))));

    @ParameterizedTest
    @ValueSource(strings = {"run.sh", "evil.desktop", "file:///d/run.sh", "app.AppImage", "x-tool", "x.md",
        "file://evil.example/share/a.pdf", "file://evil.example/a.md", "archive.zip", "unknown.xyz"})
    void targetsTheViewerWouldRefuseOrAskAboutAreNotHyperlinked(String href) {
        // A terminal opens a clicked hyperlink without asking (issue 11, item 7).
        assertTrue(onDisk.uri(href).isEmpty(), href);
    }

    @Test
    void targetsTheViewerOpensAreHyperlinked() {
        assertEquals(Optional.of("file:///d/b.md"), onDisk.uri("b.md"));
        assertEquals(Optional.of("file:///d/p.pdf"), onDisk.uri("p.pdf"));
        assertEquals(Optional.of("file:///d/i.png"), onDisk.uri("i.png"));
        assertEquals(Optional.of("https://example.com/x"), onDisk.uri("https://example.com/x"));
    }

    @Test
    void aSchemeRelativeLinkIsAWebLinkNotAFileOnAnotherHost() {
        assertEquals(Optional.of("https://host/x"), targets.uri("//host/x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,x", "vbscript:x", "steam://run/1", "ms-settings:", "smb://h/s", ""})
    void otherSchemesAreNotLinked(String href) {
        assertTrue(targets.uri(href).isEmpty(), href);
    }

    @Test
    void withoutADocumentRelativeTargetsAreNotLinked() {
        LinkTargets stdin = new LinkTargets(null, null);
        assertTrue(stdin.uri("b.md").isEmpty());
        assertTrue(stdin.uri("#top").isEmpty());
        assertEquals(Optional.of("https://x.org/"), stdin.uri("https://x.org/"));
    }

    @Test
    void overlongTargetsAreNotLinked() {
        assertTrue(targets.uri("https://x.org/" + "a".repeat(LinkTargets.MAX_LENGTH)).isEmpty());
    }
}
