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
 * @param web           the {@code [web]} table: timeout, where web pages open, the cache's size
 * @param images        {@code auto}, {@code kitty}, {@code iterm}, {@code sixel}, {@code blocks} or {@code off}, as {@code --images}
 * @param imageHeight   the most an image may take in the viewer, in per cent of the screen's height
 * @param wrapCode      whether the viewer wraps code wider than the column instead of scrolling it sideways, as {@code --wrap-code}
 * @param lineNumbers   whether the viewer's source view numbers the lines
 */
public record Config(Path file, Optional<Setting<String>> theme, Optional<Setting<Integer>> width,
                     Optional<Setting<Align>> align, Optional<Setting<Boolean>> ambiguousWide,
                     Optional<Setting<String>> hyperlinks, Optional<Setting<String>> color,
                     Optional<Setting<Boolean>> watch, Optional<Setting<Boolean>> remember,
                     Map<OpenerKind, String> openers, KeyMap keys,
                     Web web, Optional<Setting<String>> images, Optional<Setting<Integer>> imageHeight,
                     Optional<Setting<Boolean>> wrapCode, Optional<Setting<Boolean>> lineNumbers) {
    public Config {
        openers = Map.copyOf(openers);
    }

    /**
     * The {@code [web]} table.
     *
     * @param timeout   seconds for connecting and for each wait on the server, as {@code --timeout}
     * @param pages     where following a link to an HTML web page goes: {@code browser} or {@code folio}
     * @param cacheSize the most the web cache keeps, in bytes (0: no cache)
     */
    public record Web(Optional<Setting<java.time.Duration>> timeout, Optional<Setting<String>> pages,
                      Optional<Setting<Long>> cacheSize) {
        public static Web none() {
            return new Web(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** Where the reading column sits. */
    public enum Align { LEFT, CENTRE }

    /** No config file: nothing set, default keys. */
    public static Config none(Path file) {
        return new Config(file, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), KeyMap.defaults(), Web.none(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
