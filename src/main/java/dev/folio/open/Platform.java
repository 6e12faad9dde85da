package dev.folio.open;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The facts of the machine that decide which opener to use: environment variables, operating
 * system, the kernel's version string (WSL says "microsoft"), and the program search path.
 */
public record Platform(Map<String, String> env, String osName, String kernelVersion) {
    public Platform {
        env = Map.copyOf(env);
    }

    public static Platform current() {
        String kernel = "";
        try {
            Path version = Path.of("/proc/version");
            if (Files.isReadable(version)) {
                kernel = Files.readString(version, StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            kernel = "";
        }
        return new Platform(System.getenv(), System.getProperty("os.name", ""), kernel);
    }

    public String get(String name) {
        String v = env.get(name);
        return v == null ? "" : v;
    }

    public boolean isMac() {
        return osName.toLowerCase(Locale.ROOT).startsWith("mac");
    }

    public boolean isWsl() {
        return kernelVersion.toLowerCase(Locale.ROOT).contains("microsoft");
    }

    /** True when a graphical session is there to show what is opened. */
    public boolean hasDisplay() {
        return !get("DISPLAY").isEmpty() || !get("WAYLAND_DISPLAY").isEmpty();
    }

    /** True when {@code program} is an executable file in a directory of {@code PATH}. */
    public boolean onPath(String program) {
        for (String dir : get("PATH").split(":")) {
            if (dir.isEmpty()) {
                continue;
            }
            try {
                Path candidate = Path.of(dir, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return true;
                }
            } catch (java.nio.file.InvalidPathException e) {
                // a malformed PATH entry names no program
            }
        }
        return false;
    }
}
