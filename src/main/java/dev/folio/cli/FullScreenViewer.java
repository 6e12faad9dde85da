package dev.folio.cli;

import dev.folio.doc.Document;
import dev.folio.highlight.SyntaxHighlighter;
import dev.folio.doc.Block;
import dev.folio.markdown.DocumentParts;
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
import dev.folio.input.InputException;
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
            MarkdownParser parser = new MarkdownParser();
            Document document = null;
            Remainder rest = Remainder.NONE;
            String progress = "parsing…";
            if (request.document() != null) {
                document = request.document();
            } else if (request.stream() != null) {
                progress = "receiving…";
                rest = post -> StreamFollower.follow(request.stream(), request.reader(), parser, request.source(), post);
            } else {
                FirstPart first = FirstPart.start(parser, request.text());
                if (first.within(waitMillis)) {
                    document = first.document();
                    rest = first.rest(request.source(), null);
                } else {
                    // A long parse: the screen comes first, the document when it is ready.
                    rest = post -> first.rest(request.source(), request.anchor()).read(post);
                }
            }
            DocumentLoader loader = path -> {
                try {
                    return parser.parse(request.reader().regularFileText(path, path.getFileName().toString()).text());
                } catch (InputException e) {
                    throw new IOException(e.getMessage(), e);
                }
            };
            Opener opener = SystemOpener.forThisMachine(request.opener(), request.openers());
            ViewerOptions reading = new ViewerOptions(request.maxWidth(),
                    request.centred() ? ViewerOptions.Column.CENTRED : ViewerOptions.Column.LEFT);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            TuiServices plain = new TuiServices(loader, opener, EditorCommand.system(),
                    ScreenTheme.of(request.theme(), request.color()), err,
                    request.watch() ? TuiServices.Watch.FILE : TuiServices.Watch.OFF, request.ambiguous(),
                    request.memory())
                    .withWeb(request.web() == null ? WebDocumentLoader.NONE : new WebDocuments(request.web()));
            ViewerImages images = request.images() == null ? ViewerImages.OFF : request.images();
            Graphics graphics = Graphics.NONE;
            PageLayout layout = PageLayout.highlighted(new SyntaxHighlighter(), request.ambiguous());
            if (images.isOn()) {
                Images decoder = new Images(ImageLimits.DEFAULT, images.cell());
                Map<Path, DocumentImages> perDirectory = new ConcurrentHashMap<>();
                layout = PageLayout.withImages(new SyntaxHighlighter(), request.ambiguous(), base -> perDirectory.computeIfAbsent(
                        base, b -> new DocumentImages(new ImageFiles(b), decoder, images.maxRows(), images.protocol(), AnsiBlocks.Depth.TRUE_COLOR)));
                graphics = new Graphics(decoder, images.protocol(), request.color());
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

    /** The first part of a document, parsed on a thread of its own so the viewer need not wait for it. */
    private static final class FirstPart {
        private final DocumentParts parts;
        private final java.util.concurrent.CompletableFuture<List<Block>> blocks = new java.util.concurrent.CompletableFuture<>();

        private FirstPart(DocumentParts parts) {
            this.parts = parts;
        }

        static FirstPart start(MarkdownParser parser, String text) {
            DocumentParts parts = parser.parts(text);
            FirstPart first = new FirstPart(parts);
            Thread thread = new Thread(() -> {
                try {
                    first.blocks.complete(new ArrayList<>(parts.next()));
                } catch (RuntimeException | StackOverflowError e) {
                    first.blocks.completeExceptionally(e);
                }
            }, "folio parser");
            thread.setDaemon(true);
            thread.start();
            return first;
        }

        /** Whether the first part is parsed within {@code millis} (or failed: the caller then hears of it). */
        boolean within(long millis) {
            try {
                blocks.get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
                return true;
            } catch (java.util.concurrent.TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (java.util.concurrent.ExecutionException e) {
                return false; // the deferred path reports it on the status line
            }
        }

        /** The first part as a document (only after {@link #within} said it is there). */
        Document document() {
            return new Document(blocks.join(), parts.title());
        }

        /**
         * The rest of the document; with {@code anchor} non-null the first part was not shown yet,
         * and is posted first ({@link Msg.Loaded}).
         */
        Remainder rest(Source source, String anchor) {
            if (anchor == null && !parts.hasNext()) {
                return Remainder.NONE;
            }
            return post -> {
                List<Block> all;
                try {
                    all = blocks.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException(String.valueOf(e.getCause().getMessage()), e.getCause());
                }
                if (anchor != null) {
                    post.accept(new Msg.Loaded(source, new Document(List.copyOf(all), parts.title()), anchor,
                            dev.folio.viewer.Effect.Load.Reason.FOLLOW));
                }
                if (parts.hasNext()) {
                    readRest(parts, all, source, post);
                }
            };
        }
    }

    /**
     * Reads the parts after the first, posting the longer document each time it has doubled (and
     * when it is whole): each post is laid out in full, so doubling keeps the total work linear.
     */
    private static void readRest(DocumentParts parts, List<Block> blocks, Source source, Consumer<Msg> post)
            throws InterruptedException {
        int posted = parts.parsedLength();
        try (PartsAhead ahead = PartsAhead.of(parts)) {
            for (List<Block> next = ahead.next(); next != null; next = ahead.next()) {
                blocks.addAll(next);
                int read = parts.parsedLength();
                if (read >= 2 * posted && read < parts.length()) {
                    post.accept(new Msg.Parsed(source, new Document(blocks, parts.title()), percent(read, parts.length())));
                    posted = read;
                }
            }
        }
        post.accept(new Msg.Parsed(source, new Document(blocks, parts.title()), 100));
    }

    private static int percent(long part, long whole) {
        return (int) Math.min(99, part * 100 / Math.max(1, whole));
    }
}
