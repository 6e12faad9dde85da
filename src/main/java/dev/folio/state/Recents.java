package dev.folio.state;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Recently opened documents and folders ({@code recent.tsv} in folio's state folder), newest first. */
public final class Recents {
    static final int MAX_ENTRIES = 100;
    private static final List<String> HEADER = List.of("folio recent documents, newest first: opened, kind, path");

    private final RecordFile file;

    public Recents(Path stateDir, Consumer<String> notices) {
        this.file = new RecordFile(stateDir.resolve("recent.tsv"), 3, r -> parse(r).isPresent(), HEADER, notices);
    }

    public List<Recent> list() {
        List<Recent> out = new ArrayList<>();
        for (String[] r : file.read()) {
            parse(r).ifPresent(out::add);
        }
        return out;
    }

    /** The folder folio opened last, if any. */
    public Optional<Recent> lastFolder() {
        return list().stream().filter(Recent::folder).findFirst();
    }

    public void opened(Recent recent) {
        file.update(records -> {
            records.removeIf(r -> r[2].equals(recent.path().toString()));
            records.add(0, new String[] {recent.opened().toString(), recent.folder() ? "folder" : "file", recent.path().toString()});
            return records.size() > MAX_ENTRIES ? new ArrayList<>(records.subList(0, MAX_ENTRIES)) : records;
        });
    }

    private static Optional<Recent> parse(String[] r) {
        try {
            if (!r[1].equals("folder") && !r[1].equals("file")) {
                return Optional.empty();
            }
            return Optional.of(new Recent(Path.of(r[2]), r[1].equals("folder"), Instant.parse(r[0])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
