package dev.folio.cli;

import dev.folio.doc.Document;
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
        Session session = new Session(request);
        return TuiLauncher.run(session.start, session.services);
    }

    /** The same session on a virtual screen, for a few keys (install.sh's training run). */
    @Override
    public void rehearse(ViewRequest request) throws Exception {
        Session session = new Session(request);
        // A training run must not leave positions or recent documents behind.
        Rehearsal.run(session.start, session.services.withMemory(dev.folio.tui.Memory.NONE));
    }

    /** Everything a viewer session is started with. */
    private static final class Session {
        final Start start;
        final TuiServices services;

        Session(ViewRequest request) {
            MarkdownParser parser = new MarkdownParser();
            Document document;
            Remainder rest = Remainder.NONE;
            if (request.document() != null) {
                document = request.document();
            } else {
                // Refused here, before the screen is taken: the viewer holds the whole page.
                Complexity.of(request.text()).refuseIfTooMuchToView();
                DocumentParts parts = parser.parts(request.text());
                List<Block> blocks = new ArrayList<>(parts.next());
                document = new Document(blocks, parts.title());
                rest = parts.hasNext() ? post -> readRest(parts, blocks, request.source(), post) : Remainder.NONE;
            }
            DocumentLoader loader = path -> {
                try {
                    String text = request.reader().regularFileText(path, path.getFileName().toString()).text();
                    Complexity.of(text).refuseIfTooMuchToView();
                    return parser.parse(text);
                } catch (InputException e) {
                    throw new IOException(e.getMessage(), e);
                } catch (TooComplexException e) {
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
            start = new Start(request.source(), document, reading, collaborators, rest, request.anchor(), request.notice());
        }
    }

    /**
     * Reads the parts after the first, posting the longer document each time it has doubled (and
     * when it is whole): each post is laid out in full, so doubling keeps the total work linear.
     */
    private static void readRest(DocumentParts parts, List<Block> blocks, Source source, Consumer<Msg> post)
            throws InterruptedException {
        int posted = parts.parsedLength();
        String tooComplex = null;
        try (PartsAhead ahead = PartsAhead.of(parts)) {
            for (List<Block> next = ahead.next(); next != null; next = ahead.next()) {
                blocks.addAll(next);
                int read = parts.parsedLength();
                if (read >= 2 * posted && read < parts.length()) {
                    post.accept(new Msg.Parsed(source, new Document(blocks, parts.title()), percent(read, parts.length())));
                    posted = read;
                }
            }
        } catch (TooComplexException e) {
            tooComplex = e.getMessage(); // a later part: show what was read, and say why the rest is missing
        }
        post.accept(new Msg.Parsed(source, new Document(blocks, parts.title()), 100));
        if (tooComplex != null) {
            post.accept(new Msg.Notice("the rest is " + tooComplex));
        }
    }

    private static int percent(long part, long whole) {
        return (int) Math.min(99, part * 100 / Math.max(1, whole));
    }
}
