package dev.folio.cli;

import dev.folio.doc.Block;
import dev.folio.markdown.DocumentParts;
import dev.folio.markdown.MarkdownParser;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A document's first part, parsed on a thread of its own from the moment the viewer is chosen:
 * meanwhile folio asks the terminal for its background and graphics and sets it up, which is
 * mostly waiting, so the two overlap on the machine's cores and the first screen comes sooner
 * (issue 12). The thread is started inside the run's width scope, which it inherits.
 */
final class FirstPart {
    /** What the parse gave: the parser and the parts, for the rest of the document. */
    record Parsed(MarkdownParser parser, DocumentParts parts, List<Block> blocks) {}

    private final CompletableFuture<Parsed> parsed = new CompletableFuture<>();

    private FirstPart(String text) {
        Thread thread = new Thread(() -> {
            try {
                MarkdownParser parser = new MarkdownParser();
                DocumentParts parts = parser.parts(text);
                parsed.complete(new Parsed(parser, parts, parts.next()));
            } catch (Throwable t) {
                parsed.completeExceptionally(t);
            }
        }, "folio-first-part");
        thread.setDaemon(true);
        thread.start();
    }

    static FirstPart parsing(String text) {
        return new FirstPart(text);
    }

    /**
     * Whether the parse is over within {@code millis} (a failure counts: {@link #get} rethrows it).
     * A long one is not waited for: the viewer paints its screen first ({@code parsing…}).
     */
    boolean within(long millis) {
        try {
            parsed.get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits for the parse; its failure, if any, is rethrown as it was. */
    Parsed get() {
        try {
            return parsed.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
