package dev.folio.web;

import java.time.Duration;

/**
 * Limits for every request: {@code timeout} bounds connecting, waiting for the answer's headers,
 * and each pause while its body arrives; {@code maxBytes} bounds the body after decompression.
 */
public record FetchLimits(Duration timeout, long maxBytes) {
    /** The timeout when neither {@code --timeout} nor the config file sets one. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public FetchLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the size limit must be positive: " + maxBytes);
        }
    }

    /** The timeout as people say it: {@code 10 s}, {@code 1.5 s}, {@code 300 ms}. */
    String timeoutText() {
        long ms = timeout.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return (ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.valueOf(ms / 1000.0)) + " s";
    }
}
