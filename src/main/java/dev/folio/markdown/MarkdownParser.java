package dev.folio.markdown;

import dev.folio.doc.Document;
import dev.folio.markdown.ExtensionScan.Extension;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Parses Markdown text into folio's document model. The only package that imports flexmark.
 *
 * <p>flexmark recurses over nested containers and in some of its regular expressions, so a
 * document of thousands of nested quotes or lists needs a deep stack: each parse runs on a
 * thread of its own with {@link #STACK_BYTES} of stack (reserved, not committed, until used). If
 * flexmark still overflows or fails, the document is shown as plain paragraphs of its source.
 * The conversion into the model is itself bounded in depth. One instance may be shared; the
 * flexmark parser is built on first use.
 */
public final class MarkdownParser {
    static final long STACK_BYTES = 256L * 1024 * 1024;

    private final long stackBytes;
    /** Parsers by the extensions they have: a reader's documents need only a few combinations. */
    private final Map<Set<Extension>, FlexmarkSetup> setups = new HashMap<>();

    public MarkdownParser() {
        this(STACK_BYTES);
    }

    /** With a given parse stack size: tests use a small one to reach the fallback. */
    MarkdownParser(long stackBytes) {
        this.stackBytes = stackBytes;
    }

    /**
     * Parses decoded text (any line endings). Never fails on any input but one too complex for
     * the memory there is ({@link TooComplexException}).
     */
    public Document parse(String text) {
        String source = text == null ? "" : text;
        return parseNormalised(PrePasses.apply(SourceText.normalise(source))).withMarkdown(source);
    }

    /**
     * {@link #parse} of text already normalised.
     *
     * @throws TooComplexException when its tree, model and lines would not fit in memory at once
     */
    Document parseNormalised(String source) {
        return parseNormalised(source, ExtensionScan.of(source));
    }

    /** {@link #parse} of text already normalised, with the extensions given. */
    Document parseNormalised(String source, Set<Extension> extensions) {
        Complexity.of(source).refuseIfTooMuchToParse();
        try {
            Document document = onDeepStack(() -> convert(source, extensions));
            return document != null ? document : Document.empty();
        } catch (StackOverflowError | RuntimeException e) {
            return PlainFallback.of(source);
        }
    }

    private Document convert(String source, Set<Extension> extensions) {
        FlexmarkSetup flexmark = setup(extensions);
        com.vladsch.flexmark.util.ast.Document ast = flexmark.parser.parse(source);
        return new DocumentConverter(new ConversionContext(ast, new EmojiText(flexmark.options)).parsingWith(flexmark.parser)).convert();
    }

    /** The parser with the extensions {@code needed} (built on first use). */
    synchronized FlexmarkSetup setup(Set<Extension> needed) {
        return setups.computeIfAbsent(Set.copyOf(needed), FlexmarkSetup::new);
    }

    /**
     * Parses {@code text} a part at a time: the first part's blocks can be shown before the rest
     * is parsed, and each part can be laid out and printed while the next is parsed. The parts
     * together hold the same blocks as {@link #parse}; small texts are one part.
     */
    public DocumentParts parts(String text) {
        return new DocumentParts(PrePasses.apply(SourceText.normalise(text == null ? "" : text)), this);
    }

    /** Runs {@code task} on a thread with a large stack and returns its result or rethrows its failure. */
    <T> T onDeepStack(Supplier<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(task.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "folio-markdown", stackBytes);
        worker.setDaemon(true);
        try {
            worker.start();
        } catch (OutOfMemoryError noThread) {
            return task.get(); // no room for another thread: parse here, the fallback still applies
        }
        joinUninterruptibly(worker);
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return result.get();
    }

    private static void joinUninterruptibly(Thread worker) {
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // flexmark cannot be stopped midway; finish, then pass the interrupt on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
