package dev.folio.cli;

import dev.folio.config.ConfigReader;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --timeout}'s value: seconds ({@code 10}, {@code 2.5}, {@code 2.5s}) or milliseconds ({@code 500ms}). */
final class WebTimeout {
    private static final Pattern FORM = Pattern.compile("(\\d{1,7}(?:\\.\\d{1,3})?)\\s*(s|ms)?");

    private WebTimeout() {}

    static Duration parse(String value) {
        Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a number of seconds (examples: 10, 2.5, 500ms)");
        }
        double n = Double.parseDouble(m.group(1));
        long ms = Math.round("ms".equals(m.group(2)) ? n : n * 1000);
        if (ms < 1 || ms > ConfigReader.MAX_TIMEOUT_SECONDS * 1000) {
            throw new IllegalArgumentException("must be above 0 and at most " + ConfigReader.MAX_TIMEOUT_SECONDS + " seconds, not " + value);
        }
        return Duration.ofMillis(ms);
    }
}
