package dev.folio.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.open.FileProbe.FileFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11, item 11: names padded to dodge the program list, content that is a program, mail attachments, option-like hosts. */
class LinkPolicyGapsTest {
    private static final Path DIR = Path.of("/d");
    private final LinkResolver plainFiles = new LinkResolver(path -> FileFacts.PLAIN_FILE);

    @ParameterizedTest
    @ValueSource(strings = {"evil.desktop%20", "evil.desktop%C2%A0", "evil.desktop%E2%80%8B", "evil.desktop%09",
        "run.sh%20%20", "evil.DESKTOP%E3%80%80"})
    void trailingWhitespaceOrInvisibleCharactersDoNotHideAProgram(String href) {
        assertInstanceOf(Target.Refused.class, plainFiles.resolveAgainst(DIR, href), href);
    }

    @Test
    void theConfirmationShowsTrailingWhitespace() {
        Target t = plainFiles.resolveAgainst(DIR, "notes.xyz%20");
        Target.NeedsConfirm ask = assertInstanceOf(Target.NeedsConfirm.class, t);
        assertTrue(dev.folio.text.Sanitizer.target(ask.external().target()).endsWith("notes.xyz<U+0020>"),
                dev.folio.text.Sanitizer.target(ask.external().target()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#!/bin/sh\necho hi\n", "\u007fELF\u0002\u0001", "[Desktop Entry]\nExec=sh -c x\n",
        "# a comment\n\n[Desktop Entry]\nExec=x\n", "MZ\u0090\u0000"})
    void contentThatIsAProgramIsRefusedWhateverTheName(String content, @TempDir Path dir) throws Exception {
        for (String name : new String[] {"photo.png", "paper.pdf", "notes.xyz"}) {
            Files.write(dir.resolve(name), content.getBytes(StandardCharsets.ISO_8859_1));
            Target t = LinkResolver.system().resolveAgainst(dir, name);
            assertInstanceOf(Target.Refused.class, t, name);
        }
        Files.write(dir.resolve("readme.md"), content.getBytes(StandardCharsets.ISO_8859_1));
        assertInstanceOf(Target.Refused.class, LinkResolver.system().resolveExternalAgainst(dir, "readme.md"));
    }

    @Test
    void ordinaryContentIsNotSniffedAsAProgram(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("paper.pdf"), "%PDF-1.7\n");
        Files.writeString(dir.resolve("desk.txt"), "notes about [Desktop Entry] files\n");
        assertInstanceOf(Target.External.class, LinkResolver.system().resolveAgainst(dir, "paper.pdf"));
        assertFalse(ProgramSniffer.isProgram(dir.resolve("desk.txt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:a@example.com?attach=/etc/passwd", "mailto:a@example.com?subject=x&Attachment=~/.ssh/id_rsa",
        "mailto:a@example.com?%61ttach=/etc/shadow"})
    void aMailLinkThatAttachesAFileAsksFirstAndSaysWhat(String href) {
        Target.NeedsConfirm ask = assertInstanceOf(Target.NeedsConfirm.class, plainFiles.resolveAgainst(DIR, href));
        assertTrue(ask.reason().contains("attaches a file"), ask.reason());
    }

    @Test
    void anOrdinaryMailLinkOpensWithoutAsking() {
        assertInstanceOf(Target.External.class, plainFiles.resolveAgainst(DIR, "mailto:a@example.com?subject=hi&body=x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssh://-oProxyCommand=touch%20/tmp/x/h", "ssh://%2DoProxyCommand=x/h", "git+ssh://-x/y"})
    void aHostStartingWithADashIsWarnedAbout(String href) {
        Target.NeedsConfirm ask = assertInstanceOf(Target.NeedsConfirm.class, plainFiles.resolveAgainst(DIR, href));
        assertTrue(ask.reason().contains("starts with '-'"), ask.reason());
    }

    @Test
    void invisibleCharactersReachTheOpenerEncoded() {
        Target.External web = assertInstanceOf(Target.External.class,
                plainFiles.resolveAgainst(DIR, "https://exa\u200Bmple.com/\u061C\uDB40\uDC41"));
        assertEquals("https://exa%E2%80%8Bmple.com/%D8%9C%F3%A0%81%81", web.target());
    }
}
