package dev.folio.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Images made by the tests: exact pixels, and hand-built PNG files that lie about their size. */
final class TestImages {
    private static final java.awt.image.IndexColorModel PURE = new java.awt.image.IndexColorModel(2, 4,
            new byte[] {(byte) 255, 0, 0, (byte) 255}, new byte[] {0, (byte) 255, 0, (byte) 255},
            new byte[] {0, 0, (byte) 255, (byte) 255});

    private TestImages() {}

    /** A picture from rows of {@code 0xAARRGGBB}. */
    static BufferedImage image(int[][] rows) {
        BufferedImage image = new BufferedImage(rows[0].length, rows.length, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length; x++) {
                image.setRGB(x, y, rows[y][x]);
            }
        }
        return image;
    }

    static Path write(BufferedImage image, String format, Path file) throws IOException {
        BufferedImage out = image;
        if (!format.equals("png")) {
            // No alpha in JPEG and BMP; GIF gets a palette of the pure colours the tests use.
            out = format.equals("gif")
                    ? new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_BINARY, PURE)
                    : new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            out.getGraphics().drawImage(image, 0, 0, null);
        }
        if (!ImageIO.write(out, format, file.toFile())) {
            throw new IOException("no writer for " + format);
        }
        return file;
    }

    /** Noise, so a PNG of it does not compress to nothing (a truncated copy then loses pixel data). */
    static BufferedImage noise(int width, int height, long seed) {
        java.util.Random random = new java.util.Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    /**
     * A grey PNG that claims {@code width × height} pixels, with {@code zeroRows} rows of image
     * data really compressed (a decompression bomb's shape: a small file for a huge picture).
     */
    static byte[] claimingPng(int width, int height, int zeroRows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater(9);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[width + 1];
        byte[] buf = new byte[65536];
        for (int i = 0; i < zeroRows; i++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                idat.write(buf, 0, deflater.deflate(buf));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(buf, 0, deflater.deflate(buf));
        }
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static Path writeBytes(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        return file;
    }
}
