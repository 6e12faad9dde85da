package dev.folio.cli;

import dev.folio.doc.Document;
import dev.folio.layout.LayoutOptions;
import dev.folio.highlight.SyntaxHighlighter;
import dev.folio.doc.Block;
import dev.folio.markdown.Complexity;
import dev.folio.markdown.DocumentParts;
import dev.folio.markdown.TooComplexException;
import dev.folio.markdown.MarkdownParser;
import dev.folio.markdown.PartsAhead;
import dev.folio.tui.Rehearsal;
import dev.folio.tui.Remainder;
import dev.folio.doc.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import dev.folio.open.EditorCommand;
import dev.folio.open.Opener;
import dev.folio.open.SystemOpener;
import dev.folio.tui.DocumentLoader;
import dev.folio.tui.NoTerminalException;
import dev.folio.tui.ScreenTheme;
import dev.folio.tui.Start;
import dev.folio.tui.TuiLauncher;
import dev.folio.tui.TuiServices;
import dev.folio.tui.WebDocumentLoader;
import dev.folio.tui.Graphics;
import dev.folio.image.AnsiBlocks;
import dev.folio.image.ImageFiles;
import dev.folio.image.ImageLimits;
import dev.folio.image.Images;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import dev.folio.open.LinkResolver;
import dev.folio.viewer.Collaborators;
import dev.folio.viewer.ViewerOptions;
import dev.folio.viewer.PageLayout;
import dev.folio.viewer.Msg;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.FileOutputStream;
import java.io.FileDescriptor;

/**
 * Opens the full-screen viewer: wires the viewer core, the terminal runtime, the decoder for
 * followed links and the system opener together.
 */
final class FullScreenViewer implements ViewerLauncher {
    @Override
    public int view(ViewRequest request) throws NoTerminalException {
        Session session = new Session(request, FIRST_PART_WAIT_MILLIS);
        return TuiLauncher.run(session.start, session.services);
    }

    /** The same session on a virtual screen, for a few keys (install.sh's training run). */
    @Override
    public void rehearse(ViewRequest request) throws Exception {
        Session session = new Session(request, Long.MAX_VALUE);
        // A training run must not leave positions or recent documents behind.
        Rehearsal.run(session.start, session.services.withMemory(dev.folio.tui.Memory.NONE));
    }

    /** Everything a viewer session is started with. */
    private static final class Session {
        final Start start;
        final TuiServices services;

        /** @param waitMillis how long the first part's parse may keep the screen waiting before it is painted without it */
        Session(ViewRequest request, long waitMillis) {
            if (request.document() == null && request.stream() == null && request.text() != null) {
                // Refused here, before the screen is taken: the viewer holds the whole page.
                Complexity.of(request.text()).refuseIfTooMuchToView();
            }
            ViewerImages images = request.images() == null ? ViewerImages.OFF : request.images();
            // Remote images come through this run's web client, when the document is loaded (off the UI thread).
            FetchedImages remote = images.isOn() && request.web() != null ? new FetchedImages(request.web()) : null;
            FirstPart first = request.document() != null || request.stream() != null ? null
                    : request.firstPart() != null ? request.firstPart() : FirstPart.parsing(request.text());
            // Links are parsed with the first part's parser once it is there (building one costs time).
            java.util.function.Supplier<MarkdownParser> parser = first != null ? () -> first.get().parser() : lazyParser();
            Document document = null;
            Remainder rest = Remainder.NONE;
            String progress = "parsing…";
            if (first == null && request.stream() == null) {
                document = request.document();
            } else if (request.stream() != null) {
                progress = "receiving…";
                rest = post -> StreamFollower.follow(request.stream(), request.reader(), parser.get(), request.source(), post);
            } else if (first.within(waitMillis)) {
                FirstPart.Parsed parsed = first.get();
                List<Block> blocks = new ArrayList<>(parsed.blocks());
                document = new Document(blocks, parsed.parts().title(), request.text());
                rest = parsed.parts().hasNext() ? post -> readRest(parsed.parts(), blocks, request.source(), request.text(), post) : Remainder.NONE;
            } else {
                // A long parse: the screen comes first (parsing…), the document when it is ready.
                rest = post -> {
                    FirstPart.Parsed parsed;
                    try {
                        parsed = first.get();
                    } catch (TooComplexException e) {
                        throw new IOException(e.getMessage(), e);
                    } catch (RuntimeException | Error e) { // on the status line, not a viewer stuck at parsing…
                        throw new IOException(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
                    }
                    List<Block> blocks = new ArrayList<>(parsed.blocks());
                    Document ready = new Document(blocks, parsed.parts().title(), request.text());
                    if (remote != null) {
                        remote.fetchAll(ready);
                    }
                    post.accept(new Msg.Loaded(request.source(), ready, request.anchor(), dev.folio.viewer.Effect.Load.Reason.FOLLOW));
                    if (parsed.parts().hasNext()) {
                        readRest(parsed.parts(), blocks, request.source(), request.text(), post);
                    }
                };
            }
            DocumentLoader loader = path -> {
                try {
                    // An image named as none (a file without an extension) is shown, as folio IMAGE does.
                    Document linked = ImageDocument.orText(parser.get(), request.reader(), path);
                    if (remote != null) {
                        remote.fetchAll(linked);
                    }
                    return linked;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            };
            Opener opener = SystemOpener.forThisMachine(request.opener(), request.openers());
            ViewerOptions reading = new ViewerOptions(request.maxWidth(),
                    request.centred() ? ViewerOptions.Column.CENTRED : ViewerOptions.Column.LEFT)
                    .withLineNumbers(request.lineNumbers());
            LayoutOptions.WideCode wideCode = request.wrapCode() ? LayoutOptions.WideCode.WRAP : LayoutOptions.WideCode.SCROLL;
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            TuiServices plain = new TuiServices(loader, opener, EditorCommand.system(),
                    ScreenTheme.of(request.theme(), request.color()), err,
                    request.watch() ? TuiServices.Watch.FILE : TuiServices.Watch.OFF, request.ambiguous(),
                    request.memory())
                    .withWeb(request.web() == null ? WebDocumentLoader.NONE : new WebDocuments(request.web(), remote));
            if (remote != null && document != null) { // a deferred document has its images fetched when it is ready
                try {
                    remote.fetchAll(document);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Graphics graphics = Graphics.NONE;
            PageLayout layout = PageLayout.highlighted(new SyntaxHighlighter(), request.ambiguous(), wideCode);
            if (images.isOn()) {
                Images decoder = new Images(ImageLimits.DEFAULT, images.cell(), remote);
                Map<Path, DocumentImages> perDirectory = new ConcurrentHashMap<>();
                layout = PageLayout.withImages(new SyntaxHighlighter(), request.ambiguous(), base -> perDirectory.computeIfAbsent(
                        base, b -> new DocumentImages(decoder.files(b), decoder, images.maxRows(), images.protocol(), AnsiBlocks.Depth.TRUE_COLOR,
                                images.heightPercent())), wideCode);
                graphics = new Graphics(decoder, images.protocol(), request.color(), images.placeholders());
            }
            services = plain.withGraphics(graphics);
            Collaborators collaborators = new Collaborators(LinkResolver.system(), layout)
                    .withKeys(request.keys()).withWebPages(request.webPages());
            start = document == null
                    ? Start.deferred(request.source(), reading, collaborators, rest, request.anchor(), progress)
                    : new Start(request.source(), document, reading, collaborators, rest, request.anchor(), request.notice());
        }
    }

    /** How long the first part of a document may take to parse before the screen is painted without it. */
    static final long FIRST_PART_WAIT_MILLIS = 150;

    /** One parser, built when first needed. */
    private static java.util.function.Supplier<MarkdownParser> lazyParser() {
        MarkdownParser[] one = new MarkdownParser[1];
        return () -> {
            synchronized (one) {
                if (one[0] == null) {
                    one[0] = new MarkdownParser();
                }
                return one[0];
            }
        };
    }

    /**
     * Reads the parts after the first, posting the longer document each time it has doubled (and
     * when it is whole): each post is laid out in full, so doubling keeps the total work linear.
     */
    private static void readRest(DocumentParts parts, List<Block> blocks, Source source, String text, Consumer<Msg> post)
            throws InterruptedException {
        int posted = parts.parsedLength();
        String tooComplex = null;
        try (PartsAhead ahead = PartsAhead.of(parts)) {
            for (List<Block> next = ahead.next(); next != null; next = ahead.next()) {
                blocks.addAll(next);
                int read = parts.parsedLength();
                if (read >= 2 * posted && read < parts.length()) {
                    post.accept(new Msg.Parsed(source, new Document(blocks, parts.title(), text), percent(read, parts.length())));
                    posted = read;
                }
            }
        } catch (TooComplexException e) {
            tooComplex = e.getMessage(); // a later part: show what was read, and say why the rest is missing
        }
        post.accept(new Msg.Parsed(source, new Document(blocks, parts.title(), text), 100));
        if (tooComplex != null) {
            post.accept(new Msg.Notice("the rest is " + tooComplex));
        }
    }

    private static int percent(long part, long whole) {
        return (int) Math.min(99, part * 100 / Math.max(1, whole));
    }
}
