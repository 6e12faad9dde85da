package dev.folio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A key releases the mouse to the terminal (its selection and copy) and takes it back. */
class MouseToggleTest {
    @Test
    void mReleasesTheMouseAndTakesItBack() {
        TestViewer v = TestViewer.open("a.md", Docs.paragraphs(40), 60, 10);
        assertTrue(v.state.options().mouse());
        v.type("V");
        assertEquals(new Effect.MouseCapture(false), v.effect());
        assertFalse(v.state.options().mouse());
        assertTrue(v.status().startsWith("mouse released"), v.status());
        v.type("V");
        assertEquals(new Effect.MouseCapture(true), v.effect());
        assertTrue(v.state.options().mouse());
    }
}
