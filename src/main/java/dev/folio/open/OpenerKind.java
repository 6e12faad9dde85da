package dev.folio.open;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of target a user can choose an opener for (the config file's {@code [opener]}
 * table): fewer than {@link TargetKind}, because nobody picks a program for {@code mailto:}
 * apart from "the rest".
 */
public enum OpenerKind {
    BROWSER, IMAGE, AUDIO, VIDEO, OTHER;

    /** The name in the config file: {@code browser}, {@code image}, … */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OpenerKind> fromConfigName(String name) {
        for (OpenerKind k : values()) {
            if (k.configName().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Whose command opens a target of this kind. */
    public static OpenerKind of(TargetKind kind) {
        switch (kind) {
            case WEB: return BROWSER;
            case IMAGE: return IMAGE;
            case AUDIO: return AUDIO;
            case VIDEO: return VIDEO;
            default: return OTHER;
        }
    }
}
