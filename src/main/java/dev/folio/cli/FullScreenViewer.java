package dev.folio.cli;

import dev.folio.doc.Document;
import dev.folio.highlight.SyntaxHighlighter;
import dev.folio.doc.Block;
import dev.folio.markdown.DocumentParts;
import dev.folio.markdown.MarkdownParser;
import dev.folio.markdown.PartsAhead;
import dev.folio.tui.Rehearsal;
import dev.folio.tui.Remainder;
import dev.folio.viewer.Source;
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
import dev.folio.input.InputException;
import dev.folio.open.LinkResolver;
import dev.folio.viewer.Environment;
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
        return TuiLauncher.run(session.program, session.start, session.services);
    }

    /** The same session on a virtual screen, for a few keys (install.sh's training run). */
    @Override
    public void rehearse(ViewRequest request) throws Exception {
        Session session = new Session(request);
        Rehearsal.run(session.program, session.start, session.services);
    }

    /** Everything a viewer session is started with. */
    private static final class Session {
        final ViewerProgram program;
        final Start start;
        final TuiServices services;

        Session(ViewRequest request) {
            MarkdownParser parser = new MarkdownParser();
            Document document;
            Remainder rest = Remainder.NONE;
            if (request.document() != null) {
                document = request.document();
            } else {
                DocumentParts parts = parser.parts(request.text());
                List<Block> blocks = new ArrayList<>(parts.next());
                document = new Document(blocks, parts.title());
                rest = parts.hasNext() ? post -> readRest(parts, blocks, request.source(), post) : Remainder.NONE;
            }
            DocumentLoader loader = path -> {
                try {
                    return parser.parse(request.reader().text(path, path.getFileName().toString()).text());
                } catch (InputException e) {
                    throw new IOException(e.getMessage(), e);
                }
            };
            Opener opener = SystemOpener.forThisMachine(request.opener(), request.openers());
            EditorCommand editor = EditorCommand.system();
            ViewerOptions reading = new ViewerOptions(request.maxWidth(),
                    request.centred() ? ViewerOptions.Column.CENTRED : ViewerOptions.Column.LEFT);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            services = new TuiServices(loader, (effect, terminal) -> open(opener, effect, terminal),
                    ScreenTheme.of(request.theme(), request.color()), err, (effect, terminal) -> edit(editor, effect, terminal));
            Environment environment = new Environment(LinkResolver.system(), PageLayout.highlighted(new SyntaxHighlighter()))
                    .withKeys(request.keys());
            program = new ViewerProgram(environment, request.watch());
            start = new Start(request.source(), document, reading, rest);
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

    /** The editor draws in this terminal: it always runs with the screen suspended. */
    static Msg.Edited edit(EditorCommand editor, dev.folio.viewer.Effect.Edit effect, dev.folio.tui.TerminalHandoff terminal) {
        try {
            Opener.Outcome outcome = terminal.whileSuspended(() -> editor.edit(effect.path(), effect.line()));
            return new Msg.Edited(effect.path(), outcome.message(), !outcome.opened());
        } catch (Exception e) {
            return new Msg.Edited(effect.path(), "could not edit: " + e.getMessage(), true);
        }
    }

    private static Msg.OpenResult open(Opener opener, dev.folio.viewer.Effect.OpenExternal effect,
                                       dev.folio.tui.TerminalHandoff terminal) {
        try {
            if (opener.needsTerminal(effect.target(), effect.kind())) {
                return terminal.whileSuspended(() -> opener.open(effect.target(), effect.kind())).toMsg();
            }
            return opener.open(effect.target(), effect.kind()).toMsg();
        } catch (Exception e) {
            return new Msg.OpenResult("could not open " + dev.folio.text.Sanitizer.target(effect.target()) + ": " + e.getMessage(), true);
        }
    }
}
