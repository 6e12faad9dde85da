package dev.folio.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The test site's pages (src/test/resources/dev/folio/web/site), as bytes. */
final class ReaderFixtures {
    private ReaderFixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = ReaderFixtures.class.getResourceAsStream("/dev/folio/web/site/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
