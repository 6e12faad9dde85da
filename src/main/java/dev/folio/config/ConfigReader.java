package dev.folio.config;

import dev.folio.open.OpenerKind;
import dev.folio.viewer.Action;
import dev.folio.viewer.Key;
import dev.folio.viewer.KeyMap;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads and checks the config file. Every mistake — bad TOML, an unknown key, a value of the
 * wrong type, an unknown action or key name, a key bound to two actions — is a
 * {@link ConfigException} naming the file and the line; a missing file is no config at all.
 */
public final class ConfigReader {
    /** A config file is a few lines; anything this large is a mistake. */
    static final long MAX_BYTES = 1 << 20;
    /** The widest {@code width}, as {@code --width} accepts. */
    static final int MAX_WIDTH = 10_000;

    private static final List<String> KEYS = List.of(
            "theme", "width", "align", "ambiguous-wide", "hyperlinks", "color", "colour", "watch", "remember", "opener", "keys", "web",
            "images", "image-height", "wrap-code", "line-numbers");
    private static final List<String> WEB_KEYS = List.of("timeout", "pages", "cache-size");
    /** The longest timeout accepted, as {@code --timeout}. */
    public static final long MAX_TIMEOUT_SECONDS = 3600;
    private static final String KEY_NAMES = "one character (j, G, ?) or a name (Space, Enter, Esc, Tab, "
            + "Shift-Tab, Backspace, Up, Down, Left, Right, PgUp, PgDn, Home, End, Del, Ins, F1), "
            + "with Ctrl- (letters only) or Alt- in front";

    private final Path file;
    private final Path home;
    private final TomlParseResult toml;

    private ConfigReader(Path file, Path home, TomlParseResult toml) {
        this.file = file;
        this.home = home;
        this.toml = toml;
    }

    /**
     * @param file the config file; when it does not exist the result is {@link Config#none}
     * @param home the user's home, for theme paths written {@code ~/…}
     */
    public static Config read(Path file, Path home) throws ConfigException {
        if (!Files.exists(file)) {
            return Config.none(file);
        }
        return parse(text(file), file, home);
    }

    /**
     * Starts reading the file on a daemon thread and returns at once. The TOML parser's first
     * use costs a good part of a second on a cold JVM; started early, it overlaps the rest of
     * folio's start-up. No thread is started when there is no file.
     */
    public static Pending readInBackground(Path file, Path home) {
        FutureTask<Config> task = new FutureTask<>(() -> read(file, home));
        if (!Files.exists(file)) {
            task.run();
        } else {
            Thread thread = new Thread(task, "folio config");
            thread.setDaemon(true);
            thread.start();
        }
        return new Pending(task);
    }

    /** A config file being read. */
    public static final class Pending {
        private final FutureTask<Config> task;

        private Pending(FutureTask<Config> task) {
            this.task = task;
        }

        /** Waits for the file to be read. */
        public Config get() throws ConfigException {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the config file", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ConfigException) {
                    throw (ConfigException) e.getCause();
                }
                if (e.getCause() instanceof RuntimeException) {
                    throw (RuntimeException) e.getCause();
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Reads a TOML text as if it were {@code file}. */
    static Config parse(String text, Path file, Path home) throws ConfigException {
        TomlParseResult toml;
        try {
            toml = Toml.parse(text);
        } catch (StackOverflowError deep) {
            // tomlj's parser recurses once per nested array or table: 100,000 '[' ran out of stack.
            throw new ConfigException(file, 0, "not valid TOML: arrays or tables nested too deeply");
        }
        if (toml.hasErrors()) {
            TomlParseError error = toml.errors().get(0);
            throw new ConfigException(file, error.position() == null ? 0 : error.position().line(),
                    "not valid TOML: " + error.getMessage());
        }
        return new ConfigReader(file, home, toml).config();
    }

    private static String text(Path file) throws ConfigException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(file, 0, "not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(file, 0, "larger than a config file can be (1 MiB)");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ConfigException(file, 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    private Config config() throws ConfigException {
        for (String key : byLine(toml)) {
            if (!KEYS.contains(key)) {
                throw error(line(toml, key), "unknown key '" + key + "' (known: " + String.join(", ", KEYS) + ")");
            }
        }
        return new Config(file, theme(), width(), align(), bool("ambiguous-wide"),
                choice("hyperlinks", "auto", "always", "never"), color(),
                bool("watch"), bool("remember"), openers(), keys(), web(),
                choice("images", "auto", "kitty", "iterm", "sixel", "blocks", "off"), imageHeight(),
                bool("wrap-code"), bool("line-numbers"));
    }

    private Optional<Setting<String>> theme() throws ConfigException {
        Optional<Setting<String>> name = string(toml, "theme", "theme");
        if (name.isEmpty()) {
            return name;
        }
        String value = name.get().value();
        boolean path = value.contains("/") || value.startsWith("~") || value.toLowerCase(Locale.ROOT).endsWith(".toml");
        if (!path) {
            return name;
        }
        // A theme file is found where the config file is, unless the path says otherwise.
        Path resolved = value.equals("~") || value.startsWith("~/") ? home.resolve(value.substring(Math.min(2, value.length())))
                : file.toAbsolutePath().getParent().resolve(value);
        return Optional.of(new Setting<>(resolved.normalize().toString(), name.get().line()));
    }

    private Optional<Setting<Integer>> width() throws ConfigException {
        if (!toml.contains(List.of("width"))) {
            return Optional.empty();
        }
        int line = line(toml, "width");
        Object value = toml.get(List.of("width"));
        if (!(value instanceof Long) || (Long) value < 1 || (Long) value > MAX_WIDTH) {
            throw error(line, "width must be a whole number from 1 to " + MAX_WIDTH + ", not " + shown(value));
        }
        return Optional.of(new Setting<>(((Long) value).intValue(), line));
    }

    private Optional<Setting<Integer>> imageHeight() throws ConfigException {
        if (!toml.contains(List.of("image-height"))) {
            return Optional.empty();
        }
        int line = line(toml, "image-height");
        Object value = toml.get(List.of("image-height"));
        if (!(value instanceof Long) || (Long) value < 10 || (Long) value > 100) {
            throw error(line, "image-height must be a whole number from 10 to 100 (per cent of the screen), not " + shown(value));
        }
        return Optional.of(new Setting<>(((Long) value).intValue(), line));
    }

    private Optional<Setting<Config.Align>> align() throws ConfigException {
        Optional<Setting<String>> word = choice("align", "left", "centre", "center");
        if (word.isEmpty()) {
            return Optional.empty();
        }
        Config.Align align = word.get().value().equals("left") ? Config.Align.LEFT : Config.Align.CENTRE;
        return Optional.of(new Setting<>(align, word.get().line()));
    }

    private Optional<Setting<Boolean>> bool(String key) throws ConfigException {
        if (!toml.contains(List.of(key))) {
            return Optional.empty();
        }
        Object value = toml.get(List.of(key));
        if (!(value instanceof Boolean)) {
            throw error(line(toml, key), key + " must be true or false, not " + shown(value));
        }
        return Optional.of(new Setting<>((Boolean) value, line(toml, key)));
    }

    /** A word out of {@code allowed}, in any case; kept in lower case. */
    /** {@code color}, or {@code colour} as British spelling has it (as {@code --centre} and {@code align = "centre"}). */
    private Optional<Setting<String>> color() throws ConfigException {
        Optional<Setting<String>> american = choice("color", "auto", "always", "never");
        Optional<Setting<String>> british = choice("colour", "auto", "always", "never");
        if (american.isPresent() && british.isPresent()) {
            throw error(british.get().line(), "colour and color are the same setting: give it once");
        }
        return american.isPresent() ? american : british;
    }

    private Optional<Setting<String>> choice(String key, String... allowed) throws ConfigException {
        Optional<Setting<String>> word = string(toml, key, key);
        if (word.isEmpty()) {
            return word;
        }
        String value = word.get().value().strip().toLowerCase(Locale.ROOT);
        if (!List.of(allowed).contains(value)) {
            throw error(word.get().line(), key + " must be " + String.join(", ", allowed) + ", not " + shown(word.get().value()));
        }
        return Optional.of(new Setting<>(value, word.get().line()));
    }

    private Map<OpenerKind, String> openers() throws ConfigException {
        TomlTable table = table("opener", "browser = \"firefox\"");
        Map<OpenerKind, String> out = new EnumMap<>(OpenerKind.class);
        for (String key : byLine(table)) {
            List<String> kinds = new ArrayList<>();
            for (OpenerKind k : OpenerKind.values()) {
                kinds.add(k.configName());
            }
            OpenerKind kind = OpenerKind.fromConfigName(key).orElseThrow(() -> error(line(table, key),
                    "opener: unknown kind '" + key + "' (kinds: " + String.join(", ", kinds) + ")"));
            out.put(kind, string(table, key, "opener." + key).orElseThrow().value().strip());
        }
        return out;
    }

    private Config.Web web() throws ConfigException {
        TomlTable table = table("web", "timeout = 10");
        for (String key : byLine(table)) {
            if (!WEB_KEYS.contains(key)) {
                throw error(line(table, key), "web: unknown key '" + key + "' (known: " + String.join(", ", WEB_KEYS) + ")");
            }
        }
        Optional<Setting<java.time.Duration>> timeout = Optional.empty();
        if (table.contains(List.of("timeout"))) {
            Object value = table.get(List.of("timeout"));
            int line = line(table, "timeout");
            double seconds = value instanceof Long ? (Long) value : value instanceof Double ? (Double) value : -1;
            if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
                throw error(line, "web.timeout must be a number of seconds above 0 and at most " + MAX_TIMEOUT_SECONDS + ", not " + shown(value));
            }
            timeout = Optional.of(new Setting<>(java.time.Duration.ofMillis(Math.max(1, Math.round(seconds * 1000))), line));
        }
        Optional<Setting<String>> pages = string(table, "pages", "web.pages");
        if (pages.isPresent()) {
            String v = pages.get().value().strip().toLowerCase(Locale.ROOT);
            if (!v.equals("browser") && !v.equals("folio")) {
                throw error(pages.get().line(), "web.pages must be \"browser\" or \"folio\", not " + shown(pages.get().value()));
            }
            pages = Optional.of(new Setting<>(v, pages.get().line()));
        }
        Optional<Setting<Long>> cacheSize = Optional.empty();
        Optional<Setting<String>> size = string(table, "cache-size", "web.cache-size");
        if (size.isPresent()) {
            try {
                cacheSize = Optional.of(new Setting<>(dev.folio.input.ByteSize.parse(size.get().value()).bytes(), size.get().line()));
            } catch (IllegalArgumentException e) {
                throw error(size.get().line(), "web.cache-size: " + e.getMessage());
            }
        }
        return new Config.Web(timeout, pages, cacheSize);
    }

    private KeyMap keys() throws ConfigException {
        TomlTable table = table("keys", "quit = [\"q\", \"Ctrl-C\"]");
        Map<Action, List<Key>> overrides = new EnumMap<>(Action.class);
        Map<Action, Integer> lines = new EnumMap<>(Action.class);
        for (String name : byLine(table)) {
            int line = line(table, name);
            Action action = Action.fromConfigName(name).orElseThrow(() -> error(line,
                    "keys: unknown action '" + name + "' (actions: " + actionNames() + ")"));
            if (overrides.containsKey(action)) {
                throw error(line, "keys: " + action.configName() + " is set twice (also on line " + lines.get(action) + ")");
            }
            overrides.put(action, keyList(table, name, action, line));
            lines.put(action, line);
        }
        KeyMap keys = KeyMap.defaults().with(overrides);
        for (KeyMap.Conflict c : keys.conflicts()) {
            Action here = lines.containsKey(c.second()) ? c.second() : c.first();
            Action other = here == c.second() ? c.first() : c.second();
            String where = lines.containsKey(other) ? " (line " + lines.get(other) + ")" : " by default";
            throw error(lines.get(here), "keys: " + c.keyName() + " is bound to " + here.configName() + " here and to "
                    + other.configName() + where + "; one key does one thing, so give " + other.configName()
                    + " other keys too, or choose another key");
        }
        return keys;
    }

    private List<Key> keyList(TomlTable table, String name, Action action, int line) throws ConfigException {
        Object value = table.get(List.of(name));
        List<String> names = new ArrayList<>();
        if (value instanceof String) {
            names.add((String) value);
        } else if (value instanceof TomlArray && allStrings((TomlArray) value)) {
            TomlArray array = (TomlArray) value;
            for (int i = 0; i < array.size(); i++) {
                names.add(array.getString(i));
            }
        } else {
            throw error(line, "keys." + name + " must be a key or a list of keys, like [\"q\", \"Ctrl-C\"], not " + shown(value));
        }
        List<Key> keys = new ArrayList<>();
        for (String keyName : names) {
            Key key = KeyMap.parseKey(keyName).orElseThrow(() -> error(line,
                    "keys." + name + ": " + shown(keyName) + " is not a key; write " + KEY_NAMES));
            if (key.equals(Key.ctrl('c')) && action != Action.QUIT) {
                throw error(line, "keys." + name + ": Ctrl-C always quits");
            }
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static boolean allStrings(TomlArray array) {
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private TomlTable table(String key, String example) throws ConfigException {
        if (!toml.contains(List.of(key))) {
            return Toml.parse("");
        }
        Object value = toml.get(List.of(key));
        if (!(value instanceof TomlTable)) {
            throw error(line(toml, key), key + " must be a table: a line [" + key + "], then lines like " + example);
        }
        return (TomlTable) value;
    }

    private Optional<Setting<String>> string(TomlTable table, String key, String shownAs) throws ConfigException {
        if (!table.contains(List.of(key))) {
            return Optional.empty();
        }
        Object value = table.get(List.of(key));
        int line = line(table, key);
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw error(line, shownAs + " must be a text in quotes, not " + (value instanceof String ? "empty" : shown(value)));
        }
        return Optional.of(new Setting<>((String) value, line));
    }

    /** The table's keys in the order of the file, so the first mistake is the one reported. */
    private static List<String> byLine(TomlTable table) {
        List<String> keys = new ArrayList<>(table.keySet());
        keys.sort(Comparator.comparingInt(k -> line(table, k)));
        return keys;
    }

    private static int line(TomlTable table, String key) {
        TomlPosition position = table.inputPositionOf(List.of(key));
        return position == null ? 0 : position.line();
    }

    private static String actionNames() {
        List<String> names = new ArrayList<>();
        for (Action a : Action.values()) {
            names.add(a.configName());
        }
        return String.join(", ", names);
    }

    /** A value as TOML would write it, short. */
    private static String shown(Object value) {
        String text = value instanceof String ? "\"" + value + "\""
                : value instanceof TomlArray ? "a list" : value instanceof TomlTable ? "a table" : String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private ConfigException error(int line, String problem) {
        return new ConfigException(file, line, problem);
    }

    /** The keys the file may have at the top (for documentation checks). */
    static Set<String> knownKeys() {
        return Set.copyOf(KEYS);
    }
}
