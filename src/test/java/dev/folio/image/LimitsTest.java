package dev.folio.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is refused, with which one-line reason, before any memory is spent on it. */
class LimitsTest {
    @TempDir
    Path dir;

    private final ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);

    @Test
    void aHundredThousandSquareHeaderIsRefusedBeforeDecoding() throws Exception {
        Path png = TestImages.writeBytes(dir.resolve("huge.png"), TestImages.claimingPng(100_000, 100_000, 1));
        ImageException e = assertThrows(ImageException.class, () -> decoder.decode(png, 80, 40));
        assertEquals("too large: 100000×100000 pixels (limit 50 megapixels, 20000 a side)", e.getMessage());
        assertThrows(ImageException.class, () -> decoder.probe(png));
    }

    @Test
    void aDecompressionBombIsRefusedByItsHeader() throws Exception {
        // 200 MB of pixels in a file of a few hundred kilobytes: the pixel limit, not the byte limit, stops it.
        byte[] bomb = TestImages.claimingPng(15_000, 15_000, 15_000);
        assertTrue(bomb.length < 1_000_000, "a bomb is small: " + bomb.length);
        Path png = TestImages.writeBytes(dir.resolve("bomb.png"), bomb);
        ImageException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ImageException.class, () -> decoder.decode(png, 80, 40)));
        assertTrue(e.getMessage().startsWith("too large: 15000×15000 pixels"), e.getMessage());
    }

    @Test
    void aFileOverTheByteLimitIsNotRead() throws Exception {
        Path big = TestImages.writeBytes(dir.resolve("big.png"), new byte[2048]);
        ImageDecoder small = new ImageDecoder(new ImageLimits(1024, 1_000_000, 1000));
        assertEquals("too large: 2048 bytes (limit 1024)",
                assertThrows(ImageException.class, () -> small.probe(big)).getMessage());
    }

    @Test
    void aTruncatedPngIsDamagedNotACrash() throws Exception {
        Path whole = TestImages.write(TestImages.noise(64, 64, 1), "png", dir.resolve("whole.png"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = TestImages.writeBytes(dir.resolve("cut.png"), Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(new ImageInfo(64, 64, "png"), decoder.probe(cut), "the header is still there");
        assertEquals("truncated or damaged image",
                assertThrows(ImageException.class, () -> decoder.decode(cut, 8, 8)).getMessage());
        Path headerOnly = TestImages.writeBytes(dir.resolve("head.png"), Arrays.copyOf(bytes, 20));
        assertThrows(ImageException.class, () -> decoder.probe(headerOnly));
    }

    @Test
    void aTruncatedJpegShowsWhatItHasOrIsRefused() throws Exception {
        Path whole = TestImages.write(TestImages.noise(64, 64, 2), "jpeg", dir.resolve("whole.jpg"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = TestImages.writeBytes(dir.resolve("cut.jpg"), Arrays.copyOf(bytes, bytes.length / 2));
        try {
            Pixels p = decoder.decode(cut, 8, 8);
            assertEquals(8, p.width());
        } catch (ImageException e) {
            assertEquals("truncated or damaged image", e.getMessage());
        }
    }

    @Test
    void notAnImageMissingOrADirectory() throws Exception {
        Path text = Files.writeString(dir.resolve("a.png"), "hello, not a picture");
        assertEquals("not an image folio can read", assertThrows(ImageException.class, () -> decoder.probe(text)).getMessage());
        assertEquals("no such file", assertThrows(ImageException.class, () -> decoder.probe(dir.resolve("none.png"))).getMessage());
        assertEquals("a directory, not an image", assertThrows(ImageException.class, () -> decoder.probe(dir)).getMessage());
    }

    @Test
    void everyFormatDecodes() throws Exception {
        // Four blocks of 4×4 pixels (the JDK's GIF writer garbles a 2×2 picture).
        int[][] rows = new int[8][8];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                rows[y][x] = y < 4 ? (x < 4 ? 0xFFFF0000 : 0xFF0000FF) : (x < 4 ? 0xFF00FF00 : 0xFFFFFFFF);
            }
        }
        for (String format : new String[] {"png", "bmp", "gif"}) {
            Path f = TestImages.write(TestImages.image(rows), format, dir.resolve("a." + format));
            assertEquals(new ImageInfo(8, 8, format), decoder.probe(f));
            Pixels p = decoder.decode(f, 2, 2);
            assertEquals(0xFFFF0000, p.argb(0, 0), format);
            assertEquals(0xFFFFFFFF, p.argb(1, 1), format);
        }
        Path jpeg = TestImages.write(TestImages.image(new int[][] {{0xFFFF0000, 0xFFFF0000}, {0xFFFF0000, 0xFFFF0000}}),
                "jpeg", dir.resolve("a.jpg"));
        assertEquals("jpeg", decoder.probe(jpeg).format());
        int red = decoder.decode(jpeg, 1, 1).argb(0, 0);
        assertTrue(((red >> 16) & 0xFF) > 200 && ((red >> 8) & 0xFF) < 60, Integer.toHexString(red));
    }

    @Test
    void webpDecodes() throws Exception {
        // A lossless WebP built by hand: 1×1, one opaque red pixel (VP8L with a one-symbol code per channel; zeros after it, as the decoder reads ahead).
        byte[] webp = java.util.HexFormat.of().parseHex(
                "5249464620000000574542505650384c140000002f000000102840ff0bd0ff000000000000000000");
        Path f = TestImages.writeBytes(dir.resolve("a.webp"), webp);
        ImageInfo info = decoder.probe(f);
        assertEquals(1, info.width());
        assertEquals(1, info.height());
        assertEquals("webp", info.format());
        assertEquals(0xFFFF0000, decoder.decode(f, 1, 1).argb(0, 0));
    }

    @Test
    void svgIsRenderedAtTheSizeShown() throws Exception {
        Path svg = Files.writeString(dir.resolve("a.svg"),
                "<svg xmlns='http://www.w3.org/2000/svg' width='200' height='100'>"
                        + "<rect width='100' height='100' fill='#ff0000'/><rect x='100' width='100' height='100' fill='#0000ff'/></svg>");
        assertEquals(new ImageInfo(200, 100, "svg"), decoder.probe(svg));
        Pixels p = decoder.decode(svg, 20, 10);
        assertEquals(0xFFFF0000, p.argb(2, 5));
        assertEquals(0xFF0000FF, p.argb(17, 5));
    }

    @Test
    void aBrokenOrHostileSvgIsRefusedQuickly() throws Exception {
        Path broken = Files.writeString(dir.resolve("b.svg"), "<svg xmlns='http://www.w3.org/2000/svg' <<<");
        assertThrows(ImageException.class, () -> decoder.probe(broken));
        StringBuilder laughs = new StringBuilder("<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a0 'lol'>");
        for (int i = 1; i < 12; i++) {
            laughs.append("<!ENTITY a").append(i).append(" '").append(("&a" + (i - 1) + ";").repeat(10)).append("'>");
        }
        laughs.append("]><svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><text>&a11;</text></svg>");
        Path bomb = Files.write(dir.resolve("laughs.svg"), laughs.toString().getBytes(StandardCharsets.UTF_8));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                decoder.decode(bomb, 10, 10);
            } catch (ImageException refused) {
                // refused is fine; hanging or running out of memory is not
            }
        });
    }
}
