package dev.folio.layout;

import static dev.folio.layout.Docs.*;

import dev.folio.doc.Block;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void show() {
        Block b = para("bottom of the well");
        for (int i = 0; i < 20; i++) {
            b = quote(b, para("level " + (20 - i)));
        }
        Block.ListBlock list = bullets(item(para("deepest item")));
        for (int i = 0; i < 20; i++) {
            list = bullets(item(para("item " + (20 - i) + " with some more text to wrap around the line end"), list));
        }
        for (int w : new int[]{80, 30}) {
            System.out.println(PageText.render(layout(w, b, list)));
        }
    }
}
