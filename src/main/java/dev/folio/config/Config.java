package dev.folio.config;

import dev.folio.open.OpenerKind;
import dev.folio.viewer.KeyMap;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the config file sets; every setting is optional, and a command-line option given for
 * the same thing wins. Choices are kept as the lower-case words the file uses.
 *
 * @param file          where the file is (or would be)
 * @param theme         a theme name, or the path of a theme file (made absolute)
 * @param width         the reading width, as {@code --width}
 * @param align         {@code left} or {@code centre}
 * @param ambiguousWide as {@code --ambiguous-wide}
 * @param hyperlinks    {@code auto}, {@code always} or {@code never}, as {@code --hyperlinks}
 * @param color         {@code auto}, {@code always} or {@code never}, as {@code --color}
 * @param watch         whether the viewer reloads the document when it changes on disk
 * @param remember      whether the viewer reopens documents where the reader stopped
 * @param openers       commands per kind of target
 * @param keys          the default keys with the file's remappings, free of conflicts
 */
public record Config(Path file, Optional<Setting<String>> theme, Optional<Setting<Integer>> width,
                     Optional<Setting<Align>> align, Optional<Setting<Boolean>> ambiguousWide,
                     Optional<Setting<String>> hyperlinks, Optional<Setting<String>> color,
                     Optional<Setting<Boolean>> watch, Optional<Setting<Boolean>> remember,
                     Map<OpenerKind, String> openers, KeyMap keys) {
    public Config {
        openers = Map.copyOf(openers);
    }

    /** Where the reading column sits. */
    public enum Align { LEFT, CENTRE }

    /** No config file: nothing set, default keys. */
    public static Config none(Path file) {
        return new Config(file, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), KeyMap.defaults());
    }
}
