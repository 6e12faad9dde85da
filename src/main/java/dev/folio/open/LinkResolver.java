package dev.folio.open;

import dev.folio.open.FileProbe.FileFacts;
import dev.folio.doc.Source;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Turns a link as written in a document into a {@link Target}. Relative paths resolve against the
 * document's own directory ({@link Source#base()}), never the working directory; paths are
 * percent-decoded; Markdown and text files are read by folio, everything else goes through
 * {@link OpenPolicy}. The only outside knowledge is a {@link FileProbe} (exists, directory,
 * executable bit) for files handed to other programs.
 */
public final class LinkResolver {
    private final FileProbe probe;

    public LinkResolver(FileProbe probe) {
        this.probe = probe;
    }

    /** A resolver that asks the real file system. */
    public static LinkResolver system() {
        return new LinkResolver(FileProbe.system());
    }

    public Target resolve(Source current, String href) {
        return resolveAgainst(current == null ? null : current.base(), href);
    }

    /** {@link #resolve} for a document whose directory is {@code base} (null: none, as for stdin). */
    public Target resolveAgainst(Path base, String href) {
        String h = href == null ? "" : href.strip();
        if (h.isEmpty()) {
            return new Target.Unresolvable("the link has no target");
        }
        if (h.startsWith("#")) {
            return new Target.Anchor(Href.fragment(h));
        }
        String scheme = Href.scheme(h);
        if (scheme.equals("file")) {
            return fileUri(h);
        }
        if (scheme.equals("wiki")) {
            return wiki(base, h);
        }
        if (!scheme.isEmpty()) {
            return OpenPolicy.forUri(scheme, h);
        }
        if (h.startsWith("//")) {
            // A scheme-relative URL: the web page meant its own scheme; https is the safe guess.
            return OpenPolicy.forUri("https", "https:" + h);
        }
        String path = Href.decode(Href.path(h));
        if (path.isEmpty()) {
            // "?query" alone: the same document.
            return new Target.Anchor(Href.fragment(h));
        }
        if (base == null) {
            return new Target.Unresolvable("no directory to resolve " + h + " against");
        }
        if (path.startsWith("/") && !probe.facts(Path.of(path)).exists()) {
            // Articles saved from the web keep links like /category/x/, relative to a site we don't know.
            return new Target.Unresolvable("site-relative link, and the article's web address is unknown: " + h);
        }
        return local(path.startsWith("/") ? null : base, path, Href.fragment(h), h);
    }

    /**
     * Like {@link #resolve}, for opening in an external program even what folio could read itself:
     * a Markdown file becomes an {@link Target.External} document, if it exists and is not executable.
     */
    public Target resolveExternal(Source current, String href) {
        return resolveExternalAgainst(current == null ? null : current.base(), href);
    }

    /** {@link #resolveExternal} for a document whose directory is {@code base}. */
    public Target resolveExternalAgainst(Path base, String href) {
        Target target = resolveAgainst(base, href);
        if (target instanceof Target.Folder folder) {
            // An external program for a folder is a file manager, whichever one claims it: asked first.
            return new Target.NeedsConfirm(new Target.External(folder.path().toString(), TargetKind.OTHER), "a directory");
        }
        if (!(target instanceof Target.Document)) {
            return target;
        }
        Path path = ((Target.Document) target).path();
        FileFacts facts = probe.facts(path);
        if (!facts.exists()) {
            return new Target.Unresolvable("file not found: " + path);
        }
        if (facts.executable()) {
            return new Target.Refused(path.toString(), "executable files are never opened");
        }
        if (facts.program()) {
            return new Target.Refused(path.toString(), "a program by its content (#!, ELF or [Desktop Entry]): never opened");
        }
        return new Target.External(path.toString(), dev.folio.open.TargetKind.DOCUMENT);
    }

    /** {@code wiki:Page#heading}, from {@code [[Page#Heading]]}: the page found by name beside the document or in its collection. */
    private Target wiki(Path base, String href) {
        String rest = href.substring("wiki:".length());
        String page = Href.decode(Href.path(rest));
        if (base == null) {
            return new Target.Unresolvable("no folder to look for the wiki page " + page + " in");
        }
        return WikiPages.find(base, page).<Target>map(p -> new Target.Document(p, Href.fragment(rest)))
                .orElseGet(() -> new Target.Unresolvable("no page named " + page + " beside this document or in its collection"));
    }

    /** {@code file:/p}, {@code file:///p} and {@code file://localhost/p}; other hosts are refused. */
    private Target fileUri(String uri) {
        String rest = Href.path(uri.substring("file:".length()));
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            String host = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            if (!host.isEmpty() && !host.equalsIgnoreCase("localhost")) {
                return new Target.Refused(uri, "file: links to another host are never opened");
            }
            rest = slash < 0 ? "/" : rest.substring(slash);
        }
        if (!rest.startsWith("/")) {
            return new Target.Unresolvable("not an absolute file: URI: " + uri);
        }
        return local(null, Href.decode(rest), Href.fragment(uri), uri);
    }

    private Target local(Path base, String decoded, String anchor, String written) {
        Path path;
        try {
            path = (base == null ? Path.of(decoded) : base.resolve(decoded)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return new Target.Unresolvable("not a valid file name: " + written);
        }
        FileFacts facts = probe.facts(path);
        if (facts.exists() && facts.directory()) {
            return new Target.Folder(path); // whatever its name: docs/, notes.md/, v2.0/
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (OpenPolicy.typeOf(name) == OpenPolicy.FileType.TEXT) {
            // A missing document is reported by whoever reads it, with the reader's own message.
            return new Target.Document(path, anchor);
        }
        return OpenPolicy.forLocalFile(path, facts);
    }
}
