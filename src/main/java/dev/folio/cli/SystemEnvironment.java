package dev.folio.cli;

import dev.folio.theme.Background;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/** The process's own environment; terminal questions are answered once, when first asked. */
final class SystemEnvironment implements Environment {
    private Boolean stdoutIsTerminal;
    private Boolean stdinIsTerminal;
    private Boolean stderrIsTerminal;

    @Override
    public String get(String name) {
        return System.getenv(name);
    }

    @Override
    public boolean stdoutIsTerminal() {
        if (stdoutIsTerminal == null) {
            stdoutIsTerminal = TerminalProbe.isTerminal(TerminalProbe.STDOUT);
        }
        return stdoutIsTerminal;
    }

    @Override
    public boolean stdinIsTerminal() {
        if (stdinIsTerminal == null) {
            stdinIsTerminal = TerminalProbe.isTerminal(TerminalProbe.STDIN);
        }
        return stdinIsTerminal;
    }

    @Override
    public boolean stderrIsTerminal() {
        if (stderrIsTerminal == null) {
            stderrIsTerminal = TerminalProbe.isTerminal(TerminalProbe.STDERR);
        }
        return stderrIsTerminal;
    }

    @Override
    public OptionalInt terminalWidth() {
        return TerminalProbe.width(get("COLUMNS"));
    }

    @Override
    public Optional<Background> askTerminalBackground() {
        return TerminalAnswers.background();
    }

    @Override
    public InputStream stdin() {
        return System.in;
    }

    @Override
    public Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    @Override
    public Path home() {
        String home = get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }
}
