package dev.folio.image;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Local copies of remote images ({@code https://…}), fetched beforehand by whoever has a web
 * client (folio's {@code web} package, wired in by {@code cli}); this package never fetches.
 */
public interface RemoteCopies {
    /** No remote image is ever fetched: they keep their text line. */
    RemoteCopies NONE = new RemoteCopies() {
        @Override
        public Optional<Path> copy(String url) {
            return Optional.empty();
        }

        @Override
        public Optional<String> failure(String url) {
            return Optional.empty();
        }
    };

    /** The file holding {@code url}'s bytes, once fetched. */
    Optional<Path> copy(String url);

    /** Why {@code url} could not be fetched ({@code 404 Not Found}), once that is known. */
    Optional<String> failure(String url);
}
