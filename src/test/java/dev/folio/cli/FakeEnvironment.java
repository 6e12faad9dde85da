package dev.folio.cli;

import dev.folio.theme.Background;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** An environment for tests: variables, terminals and stdin as the test sets them. */
final class FakeEnvironment implements Environment {
    final Map<String, String> variables = new HashMap<>();
    boolean stdoutTerminal;
    boolean stdinTerminal;
    boolean stderrTerminal;
    OptionalInt width = OptionalInt.empty();
    byte[] stdin = new byte[0];
    /** Stdin as a stream still being written (a pipe), or null for {@link #stdin} bytes. */
    InputStream stdinStream;
    Path cwd;
    Path home;
    /** What the terminal answers when asked for its background; empty: it does not answer. */
    Optional<Background> background = Optional.empty();
    int backgroundQuestions;
    /** What {@link #page} was given, and what the pager "exits" with (-1: it cannot start). */
    final java.util.List<java.util.List<String>> pagers = new java.util.ArrayList<>();
    final StringBuilder paged = new StringBuilder();
    int pagerExit;

    FakeEnvironment(Path dir) {
        cwd = dir;
        home = dir.resolve("home");
        variables.put("XDG_STATE_HOME", dir.resolve("state").toString());
        variables.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        variables.put("XDG_DATA_HOME", dir.resolve("data").toString());
    }

    FakeEnvironment terminal(int columns) {
        stdoutTerminal = true;
        stdinTerminal = true;
        width = OptionalInt.of(columns);
        variables.put("TERM", "xterm-256color");
        return this;
    }

    FakeEnvironment stdin(String text) {
        stdin = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    FakeEnvironment set(String name, String value) {
        variables.put(name, value);
        return this;
    }

    @Override
    public String get(String name) {
        return variables.get(name);
    }

    @Override
    public boolean stdoutIsTerminal() {
        return stdoutTerminal;
    }

    @Override
    public boolean stdinIsTerminal() {
        return stdinTerminal;
    }

    @Override
    public boolean stderrIsTerminal() {
        return stderrTerminal;
    }

    @Override
    public OptionalInt terminalWidth() {
        return width;
    }

    @Override
    public Optional<Background> askTerminalBackground() {
        backgroundQuestions++;
        return background;
    }

    @Override
    public InputStream stdin() {
        if (stdinStream != null) {
            return stdinStream;
        }
        return new ByteArrayInputStream(stdin);
    }

    @Override
    public Path workingDirectory() {
        return cwd;
    }

    @Override
    public Path home() {
        return home;
    }

    @Override
    public int page(java.util.List<String> argv, String text) throws java.io.IOException {
        if (pagerExit < 0) {
            throw new java.io.IOException("No such file or directory");
        }
        pagers.add(argv);
        paged.append(text);
        return pagerExit;
    }
}
