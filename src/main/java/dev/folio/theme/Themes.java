package dev.folio.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The themes folio ships ({@code dark}, {@code light}, {@code plain}; {@code auto} picks dark or
 * light from the terminal's background) and the one entry point that chooses and reads a theme,
 * for the print back-end and the viewer alike.
 */
public final class Themes {
    /** What {@code --theme} accepts. {@code default} is also accepted, as another name for {@code auto}. */
    public static final List<String> NAMES = List.of("auto", "dark", "light", "plain");

    private static final String RESOURCES = "/dev/folio/theme/";
    /** A user theme file larger than this is not a theme. */
    private static final long MAX_FILE_SIZE = 1 << 20;

    private Themes() {}

    /** Whether {@code name} is a theme {@code --theme} accepts. */
    public static boolean isName(String name) {
        return NAMES.contains(name) || name.equals("default");
    }

    /**
     * The theme to show.
     *
     * @param name          {@code auto}, {@code dark}, {@code light} or {@code plain} (or {@code default} = auto)
     * @param userThemeFile a theme file whose styles go on top of the chosen theme, if any
     * @param depth         the colours the output can show; without colour the theme is {@code plain}
     *                      (bold, underline and reverse only), whatever its name
     * @param background    asked only for {@code auto}: the terminal's background
     * @throws ThemeException for an unknown name, or a user theme file that cannot be read or has
     *                        a mistake (the message names the file and line)
     */
    public static Theme load(String name, Optional<Path> userThemeFile, ColorDepth depth,
                             Supplier<Background> background) throws ThemeException {
        if (!isName(name)) {
            throw new ThemeException("unknown theme '" + name + "' (" + String.join(", ", NAMES) + ")");
        }
        String chosen = !depth.hasColour() ? "plain"
                : name.equals("auto") || name.equals("default") ? background.get().themeName() : name;
        Theme theme = builtIn(chosen);
        if (userThemeFile.isPresent()) {
            Path file = userThemeFile.get();
            theme = ThemeFile.read(theme, theme.name(), readUserFile(file), file.toString());
        }
        return theme;
    }

    /** A theme folio ships: {@code dark}, {@code light} or {@code plain}. */
    public static Theme builtIn(String name) {
        try (InputStream in = Themes.class.getResourceAsStream(RESOURCES + name + ".theme")) {
            if (in == null || name.equals("auto")) {
                throw new IllegalArgumentException("no built-in theme named '" + name + "'");
            }
            return ThemeFile.read(Theme.empty(name), name, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    name + ".theme");
        } catch (IOException | ThemeException e) {
            throw new IllegalStateException("the built-in theme " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Where a user's theme file is, when there is one: {@code $XDG_CONFIG_HOME/folio/theme}, with
     * {@code ~/.config} when the variable is unset or not an absolute path.
     */
    public static Optional<Path> userThemeFile(UnaryOperator<String> env, Path home) {
        String xdg = env.apply("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        Path file = config.resolve("folio").resolve("theme");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static String readUserFile(Path file) throws ThemeException {
        try {
            if (Files.size(file) > MAX_FILE_SIZE) {
                throw new ThemeException(file + ": too large for a theme file");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ThemeException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
