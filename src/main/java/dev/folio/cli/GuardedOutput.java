package dev.folio.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output that does not fail silently. A {@link PrintWriter} swallows write errors, so
 * {@code folio -p x.md > /dev/full} exited 0 and {@code folio -p big.md | head -1} rendered on
 * for minutes after {@code head} had gone. Here the first failed write throws {@link Failure},
 * which stops the rendering at once and tells the command whether the reader went away (a
 * broken pipe: stop quietly) or the output failed (a write error to report).
 */
final class GuardedOutput extends FilterOutputStream {

    /** A write to standard output failed; unchecked, so it passes the writers in between. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(IOException cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }

        /** Whether the reading end of a pipe was closed (EPIPE): nobody is left to tell. */
        boolean brokenPipe() {
            String message = getMessage();
            return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
        }
    }

    GuardedOutput(OutputStream out) {
        super(out);
    }

    /** A buffered UTF-8 writer over {@code out} whose write errors throw {@link Failure}. */
    static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new GuardedOutput(out), StandardCharsets.UTF_8)));
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }
}
