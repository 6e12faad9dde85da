package dev.folio.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.folio.viewer.Key;
import dev.folio.viewer.Msg;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * The input thread: reads key strokes and mouse events from the display and posts them as
 * events. It polls instead of blocking in {@code read()}, because a blocked read cannot be called
 * off: while the terminal is lent to a text browser, that read would steal the browser's keys.
 * Ctrl-Z becomes {@link Event.Suspend}; every other key goes to the viewer.
 */
final class InputPump implements Runnable {
    static final Key SUSPEND_KEY = Key.ctrl('z');
    private static final long IDLE_POLL_MILLIS = 10;

    private final Display display;
    private final Consumer<Event> events;
    private final KeyTranslator translator = new KeyTranslator();
    private volatile boolean stopped;

    InputPump(Display display, Consumer<Event> events) {
        this.display = display;
        this.events = events;
    }

    Thread start() {
        Thread thread = new Thread(this, "folio input");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        try {
            while (!stopped) {
                KeyStroke stroke = display.pollInput();
                if (stroke == null) {
                    Thread.sleep(IDLE_POLL_MILLIS);
                } else if (stroke.getKeyType() == KeyType.EOF) {
                    events.accept(new Event.InputEnded());
                    return;
                } else {
                    translator.translate(stroke).ifPresent(msg -> events.accept(toEvent(msg)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            events.accept(new Event.Failed(e));
        }
    }

    static Event toEvent(Msg msg) {
        if (msg instanceof Msg.KeyPressed pressed && pressed.key().equals(SUSPEND_KEY)) {
            return new Event.Suspend();
        }
        return new Event.Deliver(msg);
    }
}
