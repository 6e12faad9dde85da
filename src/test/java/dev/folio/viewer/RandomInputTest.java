package dev.folio.viewer;

import dev.folio.doc.Source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.text.Width;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Any sequence of keys, clicks, wheels, resizes and results leaves a consistent state and a fitting frame. */
class RandomInputTest {
    private static final List<Key> KEYS = List.of(
            Key.ch('j'), Key.ch('k'), Key.ch(' '), Key.ch('b'), Key.ch('d'), Key.ch('u'), Key.ch('g'), Key.ch('G'),
            Key.ch('['), Key.ch(']'), Key.ch('o'), Key.ch('m'), Key.ch('?'), Key.ch('F'), Key.ch('/'), Key.ch('n'),
            Key.ch('N'), Key.ch('y'), Key.ch('O'), Key.ch('r'), Key.ch('1'), Key.ch('2'), Key.ch('基'), Key.ch('a'),
            Key.of(Key.Kind.TAB), Key.of(Key.Kind.BACK_TAB), Key.of(Key.Kind.ENTER), Key.of(Key.Kind.ESCAPE),
            Key.of(Key.Kind.BACKSPACE), Key.alt(Key.Kind.LEFT), Key.alt(Key.Kind.RIGHT), Key.of(Key.Kind.UP),
            Key.of(Key.Kind.PAGE_DOWN), Key.of(Key.Kind.END), Key.of(Key.Kind.HOME));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomInputNeverBreaksTheViewer(long seed) {
        Random random = new Random(seed);
        TestViewer v = TestViewer.open("a.md", FollowTest.a(), 40, 12);
        for (int i = 0; i < 1500; i++) {
            int pick = random.nextInt(100);
            if (pick < 85) {
                v.key(KEYS.get(random.nextInt(KEYS.size())));
            } else if (pick < 89) {
                v.send(new Msg.Resized(1 + random.nextInt(90), 1 + random.nextInt(30)));
            } else if (pick < 92) {
                v.send(new Msg.Clicked(random.nextInt(50), random.nextInt(14)));
            } else if (pick < 94) {
                v.send(new Msg.Wheel(random.nextInt(7) - 3));
            } else if (pick < 97) {
                Effect.Load.Reason reason = Effect.Load.Reason.values()[random.nextInt(4)];
                boolean toA = random.nextBoolean();
                v.send(new Msg.Loaded(Source.file(TestViewer.DIR.resolve(toA ? "a.md" : "sub/b.md")),
                        toA ? FollowTest.a() : FollowTest.b(), random.nextBoolean() ? "later" : "", reason));
            } else {
                v.send(new Msg.OpenResult("opened 很长的目标 " + i, random.nextBoolean()));
            }
            ViewerState s = v.state;
            assertTrue(s.top() >= 0 && s.top() <= s.maxTop(), "top within bounds");
            assertTrue(s.focus() == -1 || s.hasFocus(), "focus names a link");
            Frame f = v.frame();
            assertEquals(s.height(), f.rows().size());
            for (Frame.Row row : f.rows()) {
                assertTrue(Width.of(row.text()) <= s.width(), "row fits: " + row.text());
            }
        }
    }
}
