package dev.folio.state;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reading positions, one per document ({@code positions.tsv} in folio's state folder). The
 * newest {@value #MAX_ENTRIES} are kept, none older than a year.
 */
public final class Positions {
    static final int MAX_ENTRIES = 2_000;
    static final Duration EXPIRY = Duration.ofDays(365);
    private static final List<String> HEADER = List.of(
            "folio reading positions: saved, file, source line, text at that line, run of lines from it, "
                    + "characters into it (tab-separated)");

    private final RecordFile file;

    public Positions(Path stateDir, Consumer<String> notices) {
        this.file = new RecordFile(stateDir.resolve("positions.tsv"), 4, 6, r -> parse(r).isPresent(), HEADER, notices);
    }

    public Optional<Position> of(Path document) {
        String key = document.toString();
        for (String[] r : file.read()) {
            if (r[1].equals(key)) {
                return parse(r);
            }
        }
        return Optional.empty();
    }

    public void save(Position position) {
        file.update(records -> {
            String key = position.file().toString();
            records.removeIf(r -> r[1].equals(key));
            records.add(0, format(position));
            return bounded(records, Instant.now());
        });
    }

    public void forget(Path document) {
        file.update(records -> {
            records.removeIf(r -> r[1].equals(document.toString()));
            return records;
        });
    }

    /** Newest first, at most {@link #MAX_ENTRIES}, nothing past {@link #EXPIRY}. */
    static List<String[]> bounded(List<String[]> records, Instant now) {
        List<Position> kept = new ArrayList<>();
        for (String[] r : records) {
            parse(r).filter(p -> p.saved().isAfter(now.minus(EXPIRY))).ifPresent(kept::add);
        }
        kept.sort(Comparator.comparing(Position::saved).reversed());
        List<String[]> out = new ArrayList<>();
        for (Position p : kept.subList(0, Math.min(kept.size(), MAX_ENTRIES))) {
            out.add(format(p));
        }
        return out;
    }

    private static String[] format(Position p) {
        return new String[] {p.saved().toString(), p.file().toString(), Integer.toString(p.sourceLine()), p.anchor(),
            Integer.toString(p.run()), Integer.toString(p.offset())};
    }

    private static Optional<Position> parse(String[] r) {
        try {
            // Four fields: written before positions kept the line within the block.
            int run = r.length > 4 ? Integer.parseInt(r[4]) : 0;
            int offset = r.length > 5 ? Integer.parseInt(r[5]) : 0;
            return Optional.of(new Position(Path.of(r[1]), Integer.parseInt(r[2]), r[3], Instant.parse(r[0]), run, offset));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
