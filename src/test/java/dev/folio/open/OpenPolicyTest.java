package dev.folio.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.folio.open.FileProbe.FileFacts;
import dev.folio.doc.Source;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OpenPolicyTest {
    private static final Source CURRENT = Source.file(Path.of("/d/index.md"));
    private final LinkResolver resolver = new LinkResolver(path -> FileFacts.PLAIN_FILE);

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:msgbox(1)", " javascript:void(0)"})
    void scriptSchemesAreRefused(String href) {
        assertInstanceOf(Target.Refused.class, resolver.resolve(CURRENT, href));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ms-msdt:/id PCWDiagnostic", "steam://run/1", "smb://host/share", "ftp://example.com/f",
            "tel:+123", "vscode://file/etc/passwd", "x-custom:thing"})
    void otherSchemesNeedConfirmation(String href) {
        Target t = resolver.resolve(CURRENT, href);
        assertInstanceOf(Target.NeedsConfirm.class, t);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run.sh", "x.bash", "app.desktop", "tool.jar", "setup.exe", "a.bat", "a.cmd", "a.com",
            "a.ps1", "Thing.app", "x.AppImage", "script.py", "s.pl", "s.rb", "i.msi", "p.deb", "p.rpm"})
    void programsAndScriptsAreRefused(String name) {
        assertInstanceOf(Target.Refused.class, resolver.resolve(CURRENT, name));
        assertInstanceOf(Target.Refused.class, resolver.resolve(CURRENT, "file:///d/" + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.zip", "a.tar", "a.tar.gz", "a.7z", "notes.docx", "sheet.ods", "page.html"})
    void archivesAndUnknownTypesNeedConfirmation(String name) {
        assertInstanceOf(Target.NeedsConfirm.class, resolver.resolve(CURRENT, name));
    }

    @Test
    void anExecutableBitIsRefusedWhateverTheName() {
        LinkResolver exec = new LinkResolver(path -> new FileFacts(true, false, true));
        assertInstanceOf(Target.Refused.class, exec.resolve(CURRENT, "photo.png"));
        assertInstanceOf(Target.Refused.class, exec.resolve(CURRENT, "paper.pdf"));
    }

    @Test
    void markdownIsReadByFolioEvenWhenExecutable() {
        LinkResolver exec = new LinkResolver(path -> new FileFacts(true, false, true));
        assertEquals(new Target.Document(Path.of("/d/b.md"), ""), exec.resolve(CURRENT, "b.md"),
                "folio only reads it; nothing is run");
    }

    @Test
    void fileTypes() {
        assertEquals(OpenPolicy.FileType.TEXT, OpenPolicy.typeOf("README"));
        assertEquals(OpenPolicy.FileType.TEXT, OpenPolicy.typeOf("a.MD"));
        assertEquals(OpenPolicy.FileType.TEXT, OpenPolicy.typeOf(".hidden"));
        assertEquals(OpenPolicy.FileType.MEDIA, OpenPolicy.typeOf("a.JPG"));
        assertEquals(OpenPolicy.FileType.DOCUMENT, OpenPolicy.typeOf("a.pdf"));
        assertEquals(OpenPolicy.FileType.PROGRAM, OpenPolicy.typeOf("a.png.exe"));
        assertEquals(OpenPolicy.FileType.UNKNOWN, OpenPolicy.typeOf("a.xyz"));
    }
}
