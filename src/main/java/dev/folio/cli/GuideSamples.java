package dev.folio.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample documents the built-in guide links to. They ship inside folio (the jar's
 * {@code dev/folio/samples/}) and are unpacked, once per build of them, into folio's cache
 * directory: the guide's links then work from any directory, and an image or a sound in them
 * is a real file the system's opener can be given.
 */
final class GuideSamples {
    static final String RESOURCE = "/dev/folio/samples";

    private GuideSamples() {}

    /**
     * The directory to resolve the guide's links against (it holds {@code samples/}), unpacking
     * the samples first if this build's are not there yet.
     *
     * @throws IOException when the cache directory cannot be written
     */
    static Path base(Path cacheHome) throws IOException {
        URL marker = GuideSamples.class.getResource(RESOURCE + "/README.md");
        if (marker == null) {
            throw new IOException("the samples are missing from this build");
        }
        try {
            URI root = GuideSamples.class.getResource(RESOURCE).toURI();
            if (root.getScheme().equals("jar")) {
                try (FileSystem jar = openJar(root)) {
                    return unpack(jar.provider().getPath(root), cacheHome);
                } catch (UnsupportedOperationException e) {
                    // The filesystem was already open (and must stay so): read it without closing.
                    return unpack(Path.of(root), cacheHome);
                }
            }
            return unpack(Path.of(root), cacheHome);
        } catch (URISyntaxException e) {
            throw new IOException("the samples' location cannot be read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** folio's cache directory: {@code $XDG_CACHE_HOME/folio}, else {@code ~/.cache/folio}. */
    static Path cacheHome(Environment env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : env.home().resolve(".cache");
        return cache.resolve("folio");
    }

    private static FileSystem openJar(URI root) throws IOException {
        try {
            return FileSystems.newFileSystem(root, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new UnsupportedOperationException(e);
        }
    }

    /** Copies the samples under {@code cacheHome/guide-KEY/samples}, unless that is done; returns guide-KEY. */
    private static Path unpack(Path samples, Path cacheHome) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(samples)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Path target = cacheHome.resolve("guide-" + key(samples, files));
        if (Files.isDirectory(target.resolve("samples"))) {
            return target;
        }
        Files.createDirectories(cacheHome);
        // Unpacked beside, then renamed: another folio starting at the same time never sees half of it.
        Path partial = Files.createTempDirectory(cacheHome, "guide-partial-");
        try {
            for (Path file : files) {
                Path to = partial.resolve("samples");
                for (Path part : samples.relativize(file)) {
                    to = to.resolve(part.toString());
                }
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(target.resolve("samples"))) {
                throw e;
            }
        } finally {
            deleteTree(partial);
        }
        return target;
    }

    /** Names and sizes of the samples, hashed: a new build with other samples unpacks anew. */
    private static String key(Path samples, List<Path> files) throws IOException {
        List<String> parts = new ArrayList<>();
        for (Path f : files) {
            parts.add(samples.relativize(f) + ":" + Files.size(f));
        }
        return Integer.toHexString(String.join("\n", parts).hashCode());
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover partial directory is harmless: the next start makes its own.
        }
    }
}
