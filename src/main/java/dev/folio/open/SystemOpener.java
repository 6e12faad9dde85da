package dev.folio.open;

import dev.folio.text.Sanitizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The opener folio uses by default. In order: an override ({@code --opener CMD} or
 * {@code FOLIO_OPENER}) for every kind; the config file's command for the target's
 * {@link OpenerKind}; {@code $BROWSER} (a colon-separated list, {@code %s} replaced by the
 * target) for web pages; then {@code open} on macOS, {@code wslview} on WSL,
 * {@code xdg-open} or {@code gio open} elsewhere. Commands are split on whitespace into an
 * argument list and the target is one more argument: no shell ever sees it.
 */
public final class SystemOpener implements Opener {
    /** Programs that draw in the terminal they were started from. */
    private static final Set<String> TERMINAL_PROGRAMS = Set.of(
            "lynx", "w3m", "links", "links2", "elinks", "browsh", "www-browser", "sensible-browser", "see", "run-mailcap");

    private final String override;
    private final Map<OpenerKind, String> perKind;
    private final Platform platform;
    private final Launcher launcher;

    /**
     * @param override the {@code --opener} command, or null/blank to fall back to {@code FOLIO_OPENER}
     * @param perKind  commands chosen per kind of target (the config file's), used when there is no override
     */
    public SystemOpener(String override, Map<OpenerKind, String> perKind, Platform platform, Launcher launcher) {
        String chosen = override == null || override.isBlank() ? platform.get("FOLIO_OPENER") : override;
        this.override = chosen.strip();
        this.perKind = Map.copyOf(perKind);
        this.platform = platform;
        this.launcher = launcher;
    }

    /** Without commands per kind. */
    public SystemOpener(String override, Platform platform, Launcher launcher) {
        this(override, Map.of(), platform, launcher);
    }

    /** The opener of this machine, honouring {@code --opener} (may be null) and the environment. */
    public static SystemOpener forThisMachine(String openerOption) {
        return forThisMachine(openerOption, Map.of());
    }

    /** Same, with the config file's commands per kind. */
    public static SystemOpener forThisMachine(String openerOption, Map<OpenerKind, String> perKind) {
        return new SystemOpener(openerOption, perKind, Platform.current(), Launcher.system());
    }

    /** One way to open the target: the argument list to start. */
    public record Command(List<String> argv) {
        public Command {
            argv = List.copyOf(argv);
        }

        /** The program's file name, as the status line names it. */
        public String program() {
            Path p = Path.of(argv.get(0)).getFileName();
            return p == null ? argv.get(0) : p.toString();
        }
    }

    /** The commands to try, best first; empty when this machine has no opener for the target. */
    public List<Command> commands(String target, TargetKind kind) {
        List<Command> out = new ArrayList<>();
        if (!override.isEmpty()) {
            out.add(withTarget(override, target));
            return out;
        }
        String configured = perKind.getOrDefault(OpenerKind.of(kind), "");
        if (!configured.isBlank()) {
            out.add(withTarget(configured, target));
            return out;
        }
        if (isWeb(target)) {
            for (String entry : platform.get("BROWSER").split(":")) {
                if (!entry.isBlank()) {
                    out.add(withTarget(entry, target));
                }
            }
        }
        if (platform.isMac()) {
            out.add(new Command(List.of("open", target)));
        } else {
            if (platform.isWsl() && platform.onPath("wslview")) {
                out.add(new Command(List.of("wslview", target)));
            }
            if (platform.onPath("xdg-open")) {
                out.add(new Command(List.of("xdg-open", target)));
            } else if (platform.onPath("gio")) {
                out.add(new Command(List.of("gio", "open", target)));
            }
        }
        return out;
    }

    /** What a failure adds: how to choose a program that works here. */
    static final String HOW_TO_SET = "; set an opener: --opener CMD, FOLIO_OPENER, or [opener] in folio.toml";

    @Override
    public boolean needsTerminal(String target, TargetKind kind) {
        List<Command> commands = commands(target, kind);
        return !commands.isEmpty() && needsTerminal(commands.get(0));
    }

    private boolean needsTerminal(Command command) {
        String program = command.program();
        // Without a desktop, xdg-open falls back to a text browser such as lynx in this terminal.
        return TERMINAL_PROGRAMS.contains(program) || (!platform.hasDisplay() && !platform.isMac()
                && (program.equals("xdg-open") || program.equals("gio")));
    }

    @Override
    public Outcome open(String target, TargetKind kind) {
        String shown = Sanitizer.target(target);
        if (target.isEmpty() || target.startsWith("-")) {
            return new Outcome(false, "refused: not an absolute target: " + shown);
        }
        List<Command> commands = commands(target, kind);
        if (commands.isEmpty()) {
            return new Outcome(false, "no opener found for " + shown + HOW_TO_SET);
        }
        String failure = "";
        for (Command command : commands) {
            try {
                if (needsTerminal(command)) {
                    int code = launcher.runInTerminal(command.argv());
                    if (code != 0) {
                        failure = command.program() + " exited with " + code;
                        continue;
                    }
                } else {
                    java.util.OptionalInt code = launcher.startAndWatch(command.argv());
                    if (code.isPresent() && code.getAsInt() != 0) {
                        failure = command.program() + " exited with " + code.getAsInt();
                        continue;
                    }
                }
                return new Outcome(true, "opened " + shown + " with " + command.program());
            } catch (IOException e) {
                failure = "could not start " + command.program();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(false, "interrupted while opening " + shown);
            }
        }
        return new Outcome(false, failure + " for " + shown + HOW_TO_SET);
    }

    /**
     * Splits a command on whitespace; {@code %s} in an argument is replaced by the target, else the
     * target is appended as the last argument.
     */
    static Command withTarget(String command, String target) {
        List<String> argv = new ArrayList<>();
        boolean substituted = false;
        for (String word : command.strip().split("\\s+")) {
            // Never in the program's own name: a document must not choose what runs.
            if (!argv.isEmpty() && word.contains("%s")) {
                argv.add(word.replace("%s", target));
                substituted = true;
            } else {
                argv.add(word);
            }
        }
        if (!substituted) {
            argv.add(target);
        }
        return new Command(argv);
    }

    private static boolean isWeb(String target) {
        String t = target.length() > 8 ? target.substring(0, 8).toLowerCase(java.util.Locale.ROOT) : target.toLowerCase(java.util.Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://");
    }
}
