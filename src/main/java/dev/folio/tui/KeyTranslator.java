package dev.folio.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import dev.folio.viewer.Key;
import dev.folio.viewer.Msg;

import java.util.Optional;

/**
 * Turns Lanterna's input events into viewer messages. Lanterna decodes input one UTF-16 unit at a
 * time, so a character outside the BMP (an emoji, CJK Extension B) arrives as two key strokes; the
 * translator joins them, which is why it keeps one char of state. Not thread-safe: one input
 * thread owns it.
 */
final class KeyTranslator {
    private KeyStroke pendingHighSurrogate;

    /** The message for {@code stroke}, or empty when it means nothing to the viewer (yet). */
    Optional<Msg> translate(KeyStroke stroke) {
        if (stroke instanceof MouseAction mouse) {
            pendingHighSurrogate = null;
            return mouse(mouse);
        }
        KeyType type = stroke.getKeyType();
        if (type == KeyType.Character) {
            return character(stroke);
        }
        pendingHighSurrogate = null;
        Key.Kind kind = kind(type);
        if (kind == null) {
            return Optional.empty();
        }
        return key(new Key(kind, 0, stroke.isCtrlDown(), stroke.isAltDown(), stroke.isShiftDown()));
    }

    private Optional<Msg> character(KeyStroke stroke) {
        char c = stroke.getCharacter();
        if (Character.isHighSurrogate(c)) {
            pendingHighSurrogate = stroke;
            return Optional.empty();
        }
        KeyStroke first = stroke;
        int codePoint = c;
        if (Character.isLowSurrogate(c)) {
            if (pendingHighSurrogate == null) {
                return Optional.empty();
            }
            first = pendingHighSurrogate;
            codePoint = Character.toCodePoint(pendingHighSurrogate.getCharacter(), c);
        }
        pendingHighSurrogate = null;
        return key(new Key(Key.Kind.CHAR, codePoint, first.isCtrlDown(), first.isAltDown(), false));
    }

    private static Optional<Msg> key(Key key) {
        return Optional.of(new Msg.KeyPressed(key));
    }

    private static Optional<Msg> mouse(MouseAction mouse) {
        return switch (mouse.getActionType()) {
            // one event is one notch; how many lines a notch scrolls is the viewer's business
            case SCROLL_UP -> Optional.of(new Msg.Wheel(-1));
            case SCROLL_DOWN -> Optional.of(new Msg.Wheel(1));
            case CLICK_DOWN -> mouse.getButton() == 1
                    ? Optional.of(new Msg.Clicked(mouse.getPosition().getColumn(), mouse.getPosition().getRow()))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Key.Kind kind(KeyType type) {
        return switch (type) {
            case Enter -> Key.Kind.ENTER;
            case Escape -> Key.Kind.ESCAPE;
            case Backspace -> Key.Kind.BACKSPACE;
            case Tab -> Key.Kind.TAB;
            case ReverseTab -> Key.Kind.BACK_TAB;
            case ArrowUp -> Key.Kind.UP;
            case ArrowDown -> Key.Kind.DOWN;
            case ArrowLeft -> Key.Kind.LEFT;
            case ArrowRight -> Key.Kind.RIGHT;
            case PageUp -> Key.Kind.PAGE_UP;
            case PageDown -> Key.Kind.PAGE_DOWN;
            case Home -> Key.Kind.HOME;
            case End -> Key.Kind.END;
            case Delete -> Key.Kind.DELETE;
            case Insert -> Key.Kind.INSERT;
            case F1 -> Key.Kind.F1;
            default -> null;
        };
    }
}
