package dev.folio.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A file of records, one a line, fields separated by tabs (tab, newline and backslash escaped),
 * with {@code #} comment lines at the top saying what the columns are.
 *
 * <p>Changes go through {@link #update}: under a lock file, the current contents are read, the
 * change applied to them, and the result written to a temporary file renamed over the old one.
 * Two processes changing the file at once each see the other's records. Reading needs no lock:
 * the rename is atomic. A file that is not UTF-8 or has lines of the wrong shape is renamed
 * aside ({@code NAME.corrupt-DATE}) and reported through the notice sink; its good lines are kept.
 */
final class RecordFile {
    /** Waiting longer than this for another folio's lock would be a hang; the change is dropped and said so. */
    private static final long LOCK_WAIT_MS = 3_000;

    private final Path file;
    private final int fields;
    private final int mostFields;
    private final List<String> header;
    private final Consumer<String> notices;
    private final Predicate<String[]> valid;

    /**
     * @param fields how many fields each record has
     * @param valid  whether a record of that many fields makes sense (dates and numbers parse)
     */
    RecordFile(Path file, int fields, Predicate<String[]> valid, List<String> header, Consumer<String> notices) {
        this(file, fields, fields, valid, header, notices);
    }

    /**
     * A file whose records have {@code fields} to {@code mostFields} fields: columns added later
     * are at the end, and files written before them stay good.
     */
    RecordFile(Path file, int fields, int mostFields, Predicate<String[]> valid, List<String> header, Consumer<String> notices) {
        this.file = file;
        this.fields = fields;
        this.mostFields = mostFields;
        this.valid = valid;
        this.header = List.copyOf(header);
        this.notices = notices;
    }

    Path file() {
        return file;
    }

    /** The records as they are now; none when the file is missing or unreadable. */
    List<String[]> read() {
        Parsed parsed = parse();
        if (parsed.corrupt()) {
            setAside(parsed);
        }
        return parsed.records();
    }

    /**
     * Applies {@code change} to the current records and saves the result. Never throws: a
     * failure to save is reported through the notices.
     *
     * @return the records as saved (or as they would have been)
     */
    List<String[]> update(UnaryOperator<List<String[]>> change) {
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = acquire(channel)) {
                if (lock == null) {
                    notices.accept(file.getFileName() + " is locked by another folio; this change was not saved");
                    return change.apply(new ArrayList<>(parse().records()));
                }
                Parsed parsed = parse();
                if (parsed.corrupt()) {
                    setAside(parsed);
                }
                List<String[]> records = change.apply(new ArrayList<>(parsed.records()));
                write(records);
                return records;
            }
        } catch (IOException | RuntimeException e) {
            notices.accept("cannot save " + file + ": " + e.getMessage());
            return List.of();
        }
    }

    private static FileLock acquire(FileChannel channel) throws IOException {
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MS;
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException sameProcess) {
                // Another thread of this process holds it: wait like for another process.
            }
            if (System.currentTimeMillis() > deadline) {
                return null;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private record Parsed(List<String[]> records, boolean corrupt, String why) {}

    private Parsed parse() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Parsed(List.of(), false, null);
        } catch (IOException e) {
            return new Parsed(List.of(), true, "cannot be read (" + e.getMessage() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Parsed(List.of(), true, "is not text");
        }
        List<String[]> records = new ArrayList<>();
        int bad = 0;
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] record = Tsv.split(line);
            if (record == null || record.length < fields || record.length > mostFields || !valid.test(record)) {
                bad++;
            } else {
                records.add(record);
            }
        }
        return new Parsed(records, bad > 0, bad + " line" + (bad == 1 ? "" : "s") + " not understood");
    }

    private void setAside(Parsed parsed) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            notices.accept(file + " " + parsed.why() + "; set it aside as " + aside.getFileName()
                    + (parsed.records().isEmpty() ? "" : " and kept " + parsed.records().size() + " good entries"));
            if (!parsed.records().isEmpty()) {
                write(parsed.records());
            }
        } catch (NoSuchFileException gone) {
            // Another folio set it aside first, and has said so.
        } catch (IOException e) {
            notices.accept(file + " " + parsed.why() + ", and cannot be set aside: " + e.getMessage());
        }
    }

    private void write(List<String[]> records) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : header) {
            text.append("# ").append(line).append('\n');
        }
        for (String[] record : records) {
            text.append(Tsv.join(record)).append('\n');
        }
        Path temp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
