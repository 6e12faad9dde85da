package dev.folio.cli;

import dev.folio.doc.Block;
import dev.folio.input.GrowingInput;
import dev.folio.input.InputException;
import dev.folio.input.InputReader;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.LayoutSession;
import dev.folio.layout.Page;
import dev.folio.markdown.MarkdownParser;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Prints a stream still being written ({@code llm … | folio -p}) block by block: each time more
 * arrives, the top-level blocks that are complete (every one but the last, which may still grow)
 * are laid out, printed and flushed; the rest waits for more, or for the end. Only the text not
 * yet printed is parsed again, with the reference definitions seen so far in front of it, so a
 * link defined in an earlier part still resolves (one defined after its use cannot: that part was
 * printed already).
 */
final class StreamPrinter {
    /** A one-line link reference definition ({@code [x]: /url}), not a footnote's. */
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[(?!\\^)[^\\]]+\\]:[ \\t]*\\S.*$");

    private final GrowingInput input;
    private final InputReader reader;
    private final LayoutSession session;
    private final Consumer<Page> print;
    private final Runnable flush;
    private final MarkdownParser parser = new MarkdownParser();
    private final StringBuilder definitions = new StringBuilder();
    private int definitionLines;

    StreamPrinter(GrowingInput input, InputReader reader, LayoutOptions options, Consumer<Page> print, Runnable flush) {
        this.input = input;
        this.reader = reader;
        this.session = new LayoutSession(options);
        this.print = print;
        this.flush = flush;
    }

    /** Prints until the stream ends; a stream that cannot be decoded or passes the limit ends with the reason. */
    void print() throws InputException {
        int printed = 0; // characters of the decoded text already printed
        int known = -1;
        try {
            while (true) {
                GrowingInput.Snapshot snapshot = input.awaitMore(known);
                byte[] whole = snapshot.whole();
                long began = System.nanoTime();
                String text = reader.decode(whole, "stdin").text();
                String rest = text.substring(Math.min(printed, text.length()));
                List<Block> blocks = parser.parse(definitions + rest).blocks();
                if (snapshot.ended()) {
                    emit(blocks);
                    if (snapshot.failure() != null) {
                        throw snapshot.failure();
                    }
                    return;
                }
                int cut = complete(blocks, rest);
                if (cut > 0) {
                    int cutLine = lineAt(rest, cut) + definitionLines;
                    emit(blocks.stream().filter(b -> b.line() < cutLine).toList());
                    remember(rest.substring(0, cut));
                    printed += cut;
                }
                long pause = StreamFollower.pause(began, known);
                known = whole.length;
                Thread.sleep(pause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * How much of {@code rest} holds only complete blocks: up to the start of the last block (the
     * one that may still grow), or all of it when that block cannot grow any more (a paragraph
     * after a blank line, a heading or rule whose line has ended). 0 when nothing is complete.
     */
    private int complete(List<Block> blocks, String rest) {
        Block last = null;
        for (Block b : blocks) {
            if (last == null || b.line() > last.line()) {
                last = b;
            }
        }
        if (last == null) {
            return 0;
        }
        boolean closed = last instanceof Block.Paragraph ? rest.endsWith("\n\n")
                : (last instanceof Block.Heading || last instanceof Block.ThematicBreak) && rest.endsWith("\n");
        if (closed) {
            return rest.length();
        }
        return offsetOfLine(rest, last.line() - definitionLines);
    }

    /** The 1-based line of {@code text} that starts at {@code offset} (one past the last for the length). */
    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private void emit(List<Block> blocks) {
        session.add(blocks);
        print.accept(session.takeLines());
        flush.run();
    }

    /** Keeps the reference definitions of text printed: later parts may use them. */
    private void remember(String printedText) {
        for (String line : printedText.split("\n", -1)) {
            if (DEFINITION.matcher(line).matches()) {
                definitions.append(line).append('\n');
                definitionLines++;
            }
        }
    }

    /** The offset where 1-based {@code line} of {@code text} starts (0 for line 1 or before, the length past the end). */
    static int offsetOfLine(String text, int line) {
        int at = 0;
        for (int i = 1; i < line; i++) {
            int next = text.indexOf('\n', at);
            if (next < 0) {
                return text.length();
            }
            at = next + 1;
        }
        return at;
    }
}
