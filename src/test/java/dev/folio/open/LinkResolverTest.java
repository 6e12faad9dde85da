package dev.folio.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Source;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkResolverTest {
    private static final Path DOCS = Path.of("/home/reader/docs");
    private static final Source CURRENT = Source.file(DOCS.resolve("guide/index.md"));

    private final LinkResolver resolver = new LinkResolver(path -> FileProbe.FileFacts.PLAIN_FILE);

    private Target resolve(String href) {
        return resolver.resolve(CURRENT, href);
    }

    @Test
    void relativeDocumentsResolveAgainstTheDocumentNotTheWorkingDirectory() {
        assertEquals(new Target.Document(DOCS.resolve("guide/b.md"), ""), resolve("b.md"));
        assertEquals(new Target.Document(DOCS.resolve("guide/sub/c.md"), "install"), resolve("./sub/c.md#install"));
        assertEquals(new Target.Document(DOCS.resolve("a.md"), ""), resolve("../a.md"));
        assertEquals(new Target.Document(Path.of("/etc/notes.txt"), ""), resolve("/etc/notes.txt"));
        assertEquals(new Target.Document(DOCS.resolve("guide/README"), ""), resolve("README"), "no extension: read as text");
    }

    @Test
    void aSiteRelativeLinkThatIsNoFileHereSaysSo() {
        LinkResolver nothingOnDisk = new LinkResolver(path -> FileProbe.FileFacts.MISSING);
        Target target = nothingOnDisk.resolve(CURRENT, "/category/kubernetes/");
        Target.Unresolvable why = assertInstanceOf(Target.Unresolvable.class, target);
        assertTrue(why.reason().contains("site-relative"), why.reason());
        assertTrue(why.reason().contains("/category/kubernetes/"), why.reason());
    }

    @Test
    void pathsArePercentDecoded() {
        assertEquals(new Target.Document(DOCS.resolve("guide/my file.md"), ""), resolve("my%20file.md"));
        assertEquals(new Target.Document(DOCS.resolve("guide/中文.md"), "安装"), resolve("%E4%B8%AD%E6%96%87.md#%E5%AE%89%E8%A3%85"));
        assertEquals(new Target.Document(DOCS.resolve("guide/100%.md"), ""), resolve("100%.md"), "a lone % stays");
    }

    @Test
    void chineseFileNamesWorkAsWritten() {
        assertEquals(new Target.Document(DOCS.resolve("guide/笔记/第一章.markdown"), ""), resolve("笔记/第一章.markdown"));
    }

    @Test
    void sourcesWithoutAFileResolveAgainstTheirBase() {
        Source stdin = Source.stream("stdin", Path.of("/work/here"));
        assertEquals(new Target.Document(Path.of("/work/here/x.md"), ""), resolver.resolve(stdin, "x.md"));
    }

    @Test
    void fileUris() {
        assertEquals(new Target.Document(Path.of("/srv/doc/a b.md"), "top"), resolve("file:///srv/doc/a%20b.md#top"));
        assertEquals(new Target.Document(Path.of("/srv/doc/a.md"), ""), resolve("file://localhost/srv/doc/a.md"));
        assertEquals(new Target.Document(Path.of("/srv/a.md"), ""), resolve("file:/srv/a.md"));
        assertInstanceOf(Target.Refused.class, resolve("file://evil.example.com/share/a.md"));
        assertEquals(new Target.External("/srv/p.png", TargetKind.IMAGE), resolve("file:///srv/p.png"));
    }

    @Test
    void anchors() {
        assertEquals(new Target.Anchor("install"), resolve("#install"));
        assertEquals(new Target.Anchor("中文标题"), resolve("#%E4%B8%AD%E6%96%87%E6%A0%87%E9%A2%98"));
        assertEquals(new Target.Anchor(""), resolve("#"));
    }

    @Test
    void webAndMail() {
        assertEquals(new Target.External("https://example.com/a?b=c#d", TargetKind.WEB), resolve("https://example.com/a?b=c#d"));
        assertEquals(new Target.External("HTTP://example.com/", TargetKind.WEB), resolve("HTTP://example.com/"), "schemes are case-insensitive");
        assertEquals(new Target.External("mailto:someone@example.com", TargetKind.MAIL), resolve("mailto:someone@example.com"));
        assertEquals(new Target.External("https://cdn.example.com/x.mp3", TargetKind.AUDIO), resolve("https://cdn.example.com/x.mp3"));
        assertEquals(new Target.External("https://example.com/a", TargetKind.WEB), resolve("//example.com/a"));
        assertEquals(new Target.External("https://example.com/a%20b%22c", TargetKind.WEB), resolve("https://example.com/a b\"c"),
                "spaces and quotes are encoded, never passed raw");
    }

    @Test
    void localMediaAndPdfOpenExternally() {
        assertEquals(new Target.External(DOCS.resolve("guide/img/a.png").toString(), TargetKind.IMAGE), resolve("img/a.png"));
        assertEquals(new Target.External(DOCS.resolve("guide/s.mp3").toString(), TargetKind.AUDIO), resolve("s.mp3"));
        assertEquals(new Target.External(DOCS.resolve("guide/v.webm").toString(), TargetKind.VIDEO), resolve("v.webm"));
        assertEquals(new Target.External(DOCS.resolve("guide/d.svg").toString(), TargetKind.IMAGE), resolve("d.svg"));
        assertEquals(new Target.External(DOCS.resolve("paper.pdf").toString(), TargetKind.DOCUMENT), resolve("../paper.pdf"));
    }

    @Test
    void externalTargetsAreAbsoluteSoNoneStartsWithADash() {
        Target t = resolve("-rf.png");
        assertEquals(new Target.External(DOCS.resolve("guide/-rf.png").toString(), TargetKind.IMAGE), t);
        assertTrue(((Target.External) t).target().startsWith("/"));
    }

    @Test
    void missingLocalMediaIsReported() {
        LinkResolver nothingThere = new LinkResolver(path -> FileProbe.FileFacts.MISSING);
        Target t = nothingThere.resolve(CURRENT, "img/gone.png");
        assertInstanceOf(Target.Unresolvable.class, t);
        assertTrue(((Target.Unresolvable) t).reason().contains("not found"));
    }

    @Test
    void aDirectoryIsAFolderNotADocument() {
        LinkResolver dirs = new LinkResolver(path -> new FileProbe.FileFacts(true, true, true));
        assertEquals(new Target.Folder(Path.of("/category/kubernetes")), dirs.resolve(CURRENT, "/category/kubernetes/"));
    }

    @Test
    void emptyAndInvalidHrefs() {
        assertInstanceOf(Target.Unresolvable.class, resolve(""));
        assertInstanceOf(Target.Unresolvable.class, resolve("   "));
        assertInstanceOf(Target.Unresolvable.class, resolve("a%00b.md"), "a NUL in a path");
    }

    @Test
    void openingADocumentExternallyChecksTheFile() {
        Map<Path, FileProbe.FileFacts> files = Map.of(
                DOCS.resolve("guide/ok.md"), FileProbe.FileFacts.PLAIN_FILE,
                DOCS.resolve("guide/run.md"), new FileProbe.FileFacts(true, false, true));
        LinkResolver r = new LinkResolver(p -> files.getOrDefault(p, FileProbe.FileFacts.MISSING));
        assertEquals(new Target.External(DOCS.resolve("guide/ok.md").toString(), TargetKind.DOCUMENT), r.resolveExternal(CURRENT, "ok.md"));
        assertInstanceOf(Target.Refused.class, r.resolveExternal(CURRENT, "run.md"));
        assertInstanceOf(Target.Unresolvable.class, r.resolveExternal(CURRENT, "gone.md"));
        assertEquals(new Target.Anchor("x"), r.resolveExternal(CURRENT, "#x"));
    }

    @Test
    void aLinkToAFolderIsAFolderWhateverItsName() {
        LinkResolver folders = new LinkResolver(path -> path.getFileName().toString().startsWith("dir")
                ? new FileProbe.FileFacts(true, true, false) : FileProbe.FileFacts.PLAIN_FILE);
        Source here = Source.file(DOCS.resolve("index.md"));
        assertEquals(new Target.Folder(DOCS.resolve("dir")), folders.resolve(here, "dir/"));
        assertEquals(new Target.Folder(DOCS.resolve("dir.v2")), folders.resolve(here, "./dir.v2"));
        assertEquals(new Target.Folder(DOCS.resolve("dirnotes.md")), folders.resolve(here, "dirnotes.md"), "a folder named like a document");
        assertEquals(new Target.Document(DOCS.resolve("notes.md"), ""), folders.resolve(here, "notes.md"));
        Target external = folders.resolveExternal(here, "dir/");
        assertEquals("a directory", assertInstanceOf(Target.NeedsConfirm.class, external).reason(),
                "a file manager is asked about, never started at once");
    }
}
