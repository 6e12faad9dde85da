package dev.folio.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The documents the benchmarks read, written by {@code bench/GenerateDocs.java} into the directory
 * named by the system property {@code folio.bench.docs} (default {@code bench/out}).
 */
final class BenchDocs {
    private BenchDocs() {}

    static String read(String name) {
        Path file = Path.of(System.getProperty("folio.bench.docs", "bench/out"), name);
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("run bench/GenerateDocs.java first: " + file, e);
        }
    }
}
