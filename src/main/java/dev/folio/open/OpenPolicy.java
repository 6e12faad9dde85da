package dev.folio.open;

import dev.folio.doc.MediaKind;
import dev.folio.open.FileProbe.FileFacts;
import java.nio.file.Path;
import java.util.Set;

/**
 * What may be opened, and how (issue 4, "Opening policy"). Pure: the caller supplies the facts
 * about a local file. Web pages, mail and local documents and media open without asking;
 * {@code javascript:}, {@code data:}, {@code vbscript:}, programs and executable files are
 * refused; every other scheme and file type is opened only after the reader confirms.
 */
public final class OpenPolicy {
    private static final Set<String> TEXT = Set.of("md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtxt", "txt", "text", "");
    private static final Set<String> DOCUMENTS = Set.of("pdf");
    /** Refused outright: scripts, launchers, installers, program bundles. */
    private static final Set<String> PROGRAMS = Set.of(
            "sh", "bash", "zsh", "csh", "ksh", "fish", "command", "desktop", "jar", "jnlp", "exe", "bat", "cmd", "com",
            "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "msi", "msp", "scr", "pif", "lnk", "cpl",
            "reg", "app", "appimage", "py", "pyw", "pl", "rb", "php", "lua", "run", "bin", "elf", "out", "deb", "rpm",
            "apk", "dmg", "pkg", "snap", "flatpakref", "flatpak", "url", "webloc", "workflow", "scpt", "action");
    private static final Set<String> ARCHIVES = Set.of("zip", "tar", "gz", "tgz", "bz2", "tbz", "xz", "txz", "zst",
            "7z", "rar", "cab", "iso", "lz", "lzma", "z");
    private static final Set<String> REFUSED_SCHEMES = Set.of("javascript", "data", "vbscript");

    private OpenPolicy() {}

    /** How folio treats a local file of this name, by its extension. */
    public enum FileType { TEXT, MEDIA, DOCUMENT, PROGRAM, ARCHIVE, UNKNOWN }

    public static FileType typeOf(String fileName) {
        String ext = Href.extension(fileName);
        if (TEXT.contains(ext)) {
            return FileType.TEXT;
        }
        if (PROGRAMS.contains(ext)) {
            return FileType.PROGRAM;
        }
        if (MediaKind.ofTarget(fileName) != null) {
            return FileType.MEDIA;
        }
        if (DOCUMENTS.contains(ext)) {
            return FileType.DOCUMENT;
        }
        return ARCHIVES.contains(ext) ? FileType.ARCHIVE : FileType.UNKNOWN;
    }

    /** The decision for an absolute URI with a scheme other than {@code file:}. */
    public static Target forUri(String scheme, String uri) {
        String safe = Href.escapeUnsafe(uri);
        switch (scheme) {
            case "http":
            case "https":
                return new Target.External(safe, webKind(Href.path(uri)));
            case "mailto":
                String attached = MailLinks.attachment(uri);
                if (attached != null) {
                    // Mail programs attach the file named there: asked about, never dropped silently.
                    return new Target.NeedsConfirm(new Target.External(safe, TargetKind.MAIL),
                            "this mail link attaches a file to the message: " + dev.folio.text.Sanitizer.target(attached));
                }
                return new Target.External(safe, TargetKind.MAIL);
            default:
                if (REFUSED_SCHEMES.contains(scheme)) {
                    return new Target.Refused(uri, scheme + ": links are never opened");
                }
                String reason = "a " + scheme + ": link starts whatever program claims that scheme";
                if (Href.authorityStartsWithDash(uri)) {
                    reason = "its host starts with '-', which the program may take as an option (such as "
                            + "-oProxyCommand, which runs a command); " + reason;
                }
                return new Target.NeedsConfirm(new Target.External(safe, TargetKind.OTHER), reason);
        }
    }

    /** The decision for a local file that folio does not read itself. */
    public static Target forLocalFile(Path path, FileFacts facts) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        String shown = path.toString();
        if (!facts.exists()) {
            return new Target.Unresolvable("file not found: " + shown);
        }
        FileType type = typeOf(name);
        if (type == FileType.PROGRAM) {
            return new Target.Refused(shown, "programs and scripts are never opened");
        }
        if (facts.executable()) {
            return new Target.Refused(shown, "executable files are never opened");
        }
        if (facts.program()) {
            return new Target.Refused(shown, "a program (by its content): not opened");
        }
        if (facts.directory()) {
            return new Target.NeedsConfirm(new Target.External(shown, TargetKind.OTHER), "a directory");
        }
        switch (type) {
            case MEDIA:
                return new Target.External(shown, mediaKind(name));
            case DOCUMENT:
                return new Target.External(shown, TargetKind.DOCUMENT);
            case ARCHIVE:
                return new Target.NeedsConfirm(new Target.External(shown, TargetKind.OTHER), "an archive");
            default:
                return new Target.NeedsConfirm(new Target.External(shown, TargetKind.OTHER),
                        "not a known document or media type");
        }
    }

    private static TargetKind webKind(String path) {
        MediaKind media = MediaKind.ofTarget(path);
        return media == null ? TargetKind.WEB : kindOf(media);
    }

    private static TargetKind mediaKind(String name) {
        return kindOf(MediaKind.ofTarget(name));
    }

    static TargetKind kindOf(MediaKind media) {
        switch (media) {
            case AUDIO:
                return TargetKind.AUDIO;
            case VIDEO:
                return TargetKind.VIDEO;
            case IMAGE:
            case SVG:
                return TargetKind.IMAGE;
            default:
                return TargetKind.OTHER;
        }
    }
}
