package dev.folio.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Each graphics encoder is checked by decoding what it wrote with a small parser of its protocol. */
class EncodersTest {
    private static final Pixels PICTURE = picture(37, 23);

    @Test
    void kittySendsPngInChunksOfAtMost4096AndShowsItOverTheBox() throws Exception {
        Pixels big = picture(300, 200);     // noise: many chunks
        String out = Kitty.show(big, new Box(30, 10), 7);
        List<Map<String, String>> controls = new ArrayList<>();
        StringBuilder data = new StringBuilder();
        Matcher m = Pattern.compile("\u001b_G([^;\u001b]*);([^\u001b]*)\u001b\\\\").matcher(out);
        int end = 0;
        while (m.find()) {
            assertEquals(end, m.start(), "nothing between the chunks");
            end = m.end();
            controls.add(keys(m.group(1)));
            assertTrue(m.group(2).length() <= Kitty.CHUNK, "chunk of " + m.group(2).length());
            data.append(m.group(2));
        }
        assertEquals(out.length(), end);
        assertTrue(controls.size() > 1);
        Map<String, String> first = controls.get(0);
        assertEquals("T", first.get("a"));
        assertEquals("100", first.get("f"));
        assertEquals("30", first.get("c"));
        assertEquals("10", first.get("r"));
        assertEquals("7", first.get("i"));
        assertEquals("1", first.get("C"), "the cursor stays: folio places every row itself");
        assertEquals("2", first.get("q"), "no reply may reach the keyboard input");
        for (int i = 0; i < controls.size(); i++) {
            assertEquals(i == controls.size() - 1 ? "0" : "1", controls.get(i).get("m"));
        }
        assertEquals(big, png(Base64.getDecoder().decode(data.toString())));
    }

    @Test
    void kittyInTmuxGoesThroughPassthroughAndIsDrawnByPlaceholders() throws Exception {
        String out = Kitty.sendForPlaceholders(PICTURE, new Box(5, 3), 0x123456);
        assertTrue(out.startsWith("\u001bPtmux;"));
        assertTrue(out.endsWith("\u001b\\"));
        String inner = out.substring("\u001bPtmux;".length(), out.length() - 2).replace("\u001b\u001b", "\u001b");
        Matcher m = Pattern.compile("\u001b_G([^;]*);([^\u001b]*)\u001b\\\\").matcher(inner);
        assertTrue(m.find());
        Map<String, String> c = keys(m.group(1));
        assertEquals("1", c.get("U"));
        assertEquals(String.valueOf(0x123456), c.get("i"));
        assertEquals(PICTURE, png(Base64.getDecoder().decode(m.group(2))));

        String row = Kitty.placeholderRow(0x123456, 2, 5);
        assertTrue(row.startsWith("\u001b[38;2;18;52;86m"), "the id is the colour: " + row);
        String cells = row.substring(row.indexOf('m') + 1, row.lastIndexOf('\u001b'));
        int[] cps = cells.codePoints().toArray();
        // First cell: placeholder, row 2, column 0; then placeholder and row only (column inferred).
        assertEquals(List.of(Kitty.PLACEHOLDER, Kitty.DIACRITICS[2], Kitty.DIACRITICS[0]),
                List.of(cps[0], cps[1], cps[2]));
        int placeholders = 0;
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == Kitty.PLACEHOLDER) {
                placeholders++;
                assertEquals(Kitty.DIACRITICS[2], cps[i + 1]);
            }
        }
        assertEquals(5, placeholders);
    }

    @Test
    void itermCarriesThePngWithItsSizeInCells() throws Exception {
        String out = Iterm.show(PICTURE, new Box(12, 4));
        Matcher m = Pattern.compile("\u001b\\]1337;File=([^:]*):([A-Za-z0-9+/=]*)\u0007").matcher(out);
        assertTrue(m.matches(), out.substring(0, 60));
        Map<String, String> args = new HashMap<>();
        for (String kv : m.group(1).split(";")) {
            args.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        byte[] png = Base64.getDecoder().decode(m.group(2));
        assertEquals("1", args.get("inline"));
        assertEquals("12", args.get("width"));
        assertEquals("4", args.get("height"));
        assertEquals(String.valueOf(png.length), args.get("size"));
        assertEquals(PICTURE, png(png));
    }

    @Test
    void sixelDecodesToThePaletteColourOfEveryPixel() {
        int[] argb = PICTURE.toArray();
        argb[5] = 0;        // a transparent pixel stays undrawn
        Pixels p = new Pixels(PICTURE.width(), PICTURE.height(), argb);
        int[][] shown = SixelParser.parse(Sixel.show(p));
        assertEquals(p.height(), shown.length);
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                assertEquals(Sixel.shown(p.argb(x, y)), shown[y][x], "pixel " + x + "," + y);
            }
        }
        assertEquals(-1, shown[0][5]);
    }

    @Test
    void sixelPaletteIsNearTheSourceColour() {
        assertEquals(0xFF0000, Sixel.shown(0xFFFF0000));
        assertEquals(0x336699, Sixel.shown(0xFF3366A0));
        assertEquals(-1, Sixel.shown(0x10FFFFFF));
    }

    private static Map<String, String> keys(String control) {
        Map<String, String> out = new HashMap<>();
        for (String kv : control.split(",")) {
            out.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        return out;
    }

    private static Pixels png(byte[] bytes) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        int w = image.getWidth();
        int h = image.getHeight();
        return new Pixels(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    private static Pixels picture(int w, int h) {
        java.util.Random random = new java.util.Random(w * 31L + h);
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | random.nextInt(0x1000000);
        }
        return new Pixels(w, h, argb);
    }

    /** Reads a sixel sequence into pixels ({@code 0xRRGGBB}, -1 where nothing was drawn). */
    static final class SixelParser {
        static int[][] parse(String s) {
            assertTrue(s.startsWith("\u001bP0;1;0q"), "DCS q with P2=1");
            assertTrue(s.endsWith("\u001b\\"));
            int i = s.indexOf('q') + 1;
            Matcher raster = Pattern.compile("\"1;1;(\\d+);(\\d+)").matcher(s).region(i, s.length());
            assertTrue(raster.lookingAt());
            int w = Integer.parseInt(raster.group(1));
            int h = Integer.parseInt(raster.group(2));
            i = raster.end();
            int[][] px = new int[h][w];
            for (int[] row : px) {
                java.util.Arrays.fill(row, -1);
            }
            Map<Integer, Integer> palette = new HashMap<>();
            int colour = 0;
            int x = 0;
            int band = 0;
            int end = s.length() - 2;
            while (i < end) {
                char c = s.charAt(i);
                if (c == '#') {
                    int j = i + 1;
                    while (Character.isDigit(s.charAt(j))) {
                        j++;
                    }
                    colour = Integer.parseInt(s.substring(i + 1, j));
                    if (s.charAt(j) == ';') {
                        int k = j;
                        while (k < end && (Character.isDigit(s.charAt(k + 1)) || s.charAt(k + 1) == ';')) {
                            k++;
                        }
                        String[] f = s.substring(j + 1, k + 1).split(";");
                        assertEquals("2", f[0], "RGB colour");
                        int rgb = pct(f[1]) << 16 | pct(f[2]) << 8 | pct(f[3]);
                        palette.put(colour, rgb);
                        j = k + 1;
                    }
                    i = j;
                } else if (c == '$') {
                    x = 0;
                    i++;
                } else if (c == '-') {
                    x = 0;
                    band++;
                    i++;
                } else if (c == '!') {
                    int j = i + 1;
                    while (Character.isDigit(s.charAt(j))) {
                        j++;
                    }
                    int count = Integer.parseInt(s.substring(i + 1, j));
                    for (int n = 0; n < count; n++) {
                        put(px, x++, band, s.charAt(j) - '?', palette.get(colour));
                    }
                    i = j + 1;
                } else if (c >= '?' && c <= '~') {
                    put(px, x++, band, c - '?', palette.get(colour));
                    i++;
                } else {
                    throw new AssertionError("unexpected sixel character " + (int) c);
                }
            }
            return px;
        }

        private static void put(int[][] px, int x, int band, int bits, int rgb) {
            for (int k = 0; k < 6; k++) {
                if ((bits & (1 << k)) != 0) {
                    assertTrue(band * 6 + k < px.length && x < px[0].length, "drawn outside the raster");
                    px[band * 6 + k][x] = rgb;
                }
            }
        }

        private static int pct(String v) {
            return (Integer.parseInt(v) * 255 + 50) / 100;
        }
    }
}
