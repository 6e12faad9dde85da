package dev.folio.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads a document from a file or a stream, refusing more than {@code maxSize} bytes, and decodes
 * it. Every failure is an {@link InputException} whose reason reads well after
 * {@code folio: <name>:} ({@code no such file}, {@code is a directory}, {@code permission denied}).
 *
 * @param maxSize  the largest input accepted
 * @param encoding the charset to decode with, or null to detect it
 */
public record InputReader(ByteSize maxSize, Charset encoding) {
    /** The default limit: large enough for any real document, small enough to stay responsive. */
    public static final ByteSize DEFAULT_MAX_SIZE = ByteSize.mebibytes(64);

    /** The largest limit allowed: a Java string holds at most 2^31 characters. */
    public static final ByteSize MAX_SUPPORTED = ByteSize.mebibytes(1024);

    public InputReader {
        if (maxSize.bytes() > MAX_SUPPORTED.bytes()) {
            throw new IllegalArgumentException("the size limit can be at most " + MAX_SUPPORTED);
        }
    }

    public static InputReader defaults() {
        return new InputReader(DEFAULT_MAX_SIZE, null);
    }

    /** Reads and decodes a file; {@code name} is how messages call it (the path as the user gave it). */
    public Decoded text(Path path, String name) throws InputException {
        return decode(bytes(path, name), name);
    }

    /**
     * {@link #text(Path, String)} for a file a document links to: only a regular file is read. A
     * link to {@code /dev/tty} or {@code /proc/self/fd/0} made the viewer read the terminal and
     * swallow every key; a FIFO blocked its loader for good. The type is checked before opening
     * (opening a FIFO blocks) and again after, by file identity, so a file swapped for a symlink
     * to a device in between is refused unread.
     */
    public Decoded regularFileText(Path path, String name) throws InputException {
        BasicFileAttributes before = attributes(path, name);
        refuseUnlessRegular(before, name);
        try (InputStream in = Files.newInputStream(path)) {
            BasicFileAttributes after = attributes(path, name);
            refuseUnlessRegular(after, name);
            if (before.fileKey() != null && !before.fileKey().equals(after.fileKey())) {
                throw new InputException(name, "was replaced while being opened");
            }
            if (after.size() > maxSize.bytes()) {
                throw tooLarge(name, after.size());
            }
            return decode(bytes(in, name, after.size() + 1), name);
        } catch (AccessDeniedException e) {
            throw new InputException(name, "permission denied", e);
        } catch (IOException | SecurityException e) {
            throw new InputException(name, reason(e), e);
        }
    }

    private static void refuseUnlessRegular(BasicFileAttributes attributes, String name) throws InputException {
        if (attributes.isRegularFile()) {
            return;
        }
        String what = attributes.isDirectory() ? "is a directory"
                : attributes.isOther() ? "is a device or FIFO, not a file: not read"
                : "is not a regular file";
        throw new InputException(name, what);
    }

    private BasicFileAttributes attributes(Path path, String name) throws InputException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException | NotDirectoryException e) {
            throw new InputException(name, noSuchFile(name), e);
        } catch (AccessDeniedException e) {
            throw new InputException(name, "permission denied", e);
        } catch (IOException | SecurityException e) {
            throw new InputException(name, reason(e), e);
        }
    }

    /**
     * "no such file", or why: a name with invalid UTF-8 is found by its folder's listing
     * ({@link LossyNames}), unless several files there decode to the same name.
     */
    static String noSuchFile(String name) {
        if (name.indexOf('\uFFFD') < 0) {
            return "no such file";
        }
        int matching;
        try {
            matching = LossyNames.matches(Path.of(name));
        } catch (java.nio.file.InvalidPathException e) {
            matching = 0;
        }
        return matching > 1
                ? "the name is not valid UTF-8 and " + matching + " files here read the same (their invalid bytes became \uFFFD): rename them"
                : "no such file (its name is not valid UTF-8: the invalid bytes became \uFFFD)";
    }

    /** Reads and decodes a stream (stdin) to its end. */
    public Decoded text(InputStream in, String name) throws InputException {
        return decode(bytes(in, name), name);
    }

    public Decoded decode(byte[] data, String name) throws InputException {
        try {
            return Decoder.decode(data, encoding);
        } catch (DecodeException e) {
            throw e.about(name);
        }
    }

    /** The bytes of a file, after checking that it is a readable regular file within the limit. */
    public byte[] bytes(Path path, String name) throws InputException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException | NotDirectoryException e) {
            throw new InputException(name, noSuchFile(name), e);
        } catch (AccessDeniedException e) {
            throw new InputException(name, "permission denied", e);
        } catch (IOException | SecurityException e) {
            throw new InputException(name, reason(e), e);
        }
        if (attributes.isDirectory()) {
            throw new InputException(name, "is a directory");
        }
        if (attributes.isRegularFile() && attributes.size() > maxSize.bytes()) {
            throw tooLarge(name, attributes.size());
        }
        try (InputStream in = Files.newInputStream(path)) {
            // A regular file's size is known: one buffer of that size, not a doubling series of copies.
            return bytes(in, name, attributes.isRegularFile() ? attributes.size() + 1 : 64 * 1024);
        } catch (AccessDeniedException e) {
            throw new InputException(name, "permission denied", e);
        } catch (IOException | SecurityException e) {
            throw new InputException(name, reason(e), e);
        }
    }

    /** Reads a stream to its end, stopping as soon as it passes the limit. */
    public byte[] bytes(InputStream in, String name) throws InputException {
        return bytes(in, name, 64 * 1024);
    }

    private byte[] bytes(InputStream in, String name, long expected) throws InputException {
        long limit = maxSize.bytes();
        byte[] buffer = new byte[(int) Math.max(1, Math.min(limit + 1, expected))];
        int length = 0;
        try {
            while (true) {
                if (length == buffer.length) {
                    if (length > limit) {
                        throw tooLarge(name, -1);
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1, buffer.length * 2L));
                }
                // At most 1 MiB a call: a larger read goes through an equally large temporary native buffer.
                int n = in.read(buffer, length, Math.min(buffer.length - length, 1 << 20));
                if (n < 0) {
                    break;
                }
                length += n;
            }
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("Is a directory")) {
                throw new InputException(name, "is a directory", e);
            }
            throw new InputException(name, reason(e), e);
        }
        if (length > limit) {
            throw tooLarge(name, -1);
        }
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    }

    private InputException tooLarge(String name, long size) {
        String limit = ByteSize.format(maxSize.bytes());
        String shown = size >= 0 ? ByteSize.format(size) : "";
        if (shown.replace(".0 ", " ").equals(limit.replace(".0 ", " "))) { // "is 64 MiB, over the 64 MiB limit" says nothing: give the bytes
            shown = String.format(java.util.Locale.ROOT, "%,d bytes", size);
            limit = String.format(java.util.Locale.ROOT, "%s (%,d bytes)", limit, maxSize.bytes());
        }
        String what = size >= 0 ? "is " + shown + ", over" : "is over";
        return new InputException(name, what + " the " + limit + " limit (--max-size)");
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            message = fse.getReason();
        }
        if (message == null || message.isBlank()) {
            return "cannot be read (" + e.getClass().getSimpleName() + ")";
        }
        return "cannot be read: " + message.toLowerCase(java.util.Locale.ROOT);
    }
}
