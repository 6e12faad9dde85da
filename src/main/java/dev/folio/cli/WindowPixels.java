package dev.folio.cli;

import dev.folio.image.TerminalReport;

/**
 * The window's size in pixels from the kernel ({@code TIOCGWINSZ}'s {@code ws_xpixel} and
 * {@code ws_ypixel}), for terminals that do not answer {@code CSI 16 t} or {@code CSI 14 t}.
 * Java 17 has no {@code ioctl}; JLine's small native library (already on the class path with
 * JLine, which prints) has one, and is loaded only when this is asked. Many terminals leave
 * those fields 0: then nothing is known. Every failure is "nothing known".
 */
final class WindowPixels {
    /** Standard output, error, then input: the first that is the terminal. */
    private static final int[] DESCRIPTORS = {1, 2, 0};

    private WindowPixels() {}

    /** {@code report} with the kernel's window pixels where the terminal told none. */
    static TerminalReport filledIn(TerminalReport report) {
        if (report.cellWidth() > 0 && report.cellHeight() > 0 || report.windowWidth() > 0 && report.windowHeight() > 0) {
            return report;
        }
        int[] pixels = ask();
        return pixels == null ? report : report.withWindowPixels(pixels[0], pixels[1]);
    }

    /** {@code {width, height}} in pixels, or null. */
    private static int[] ask() {
        try {
            if (!org.jline.nativ.JLineNativeLoader.initialize()) {
                return null;
            }
            for (int fd : DESCRIPTORS) {
                if (org.jline.nativ.CLibrary.isatty(fd) != 1) {
                    continue;
                }
                org.jline.nativ.CLibrary.WinSize size = new org.jline.nativ.CLibrary.WinSize();
                if (org.jline.nativ.CLibrary.ioctl(fd, org.jline.nativ.CLibrary.TIOCGWINSZ, size) == 0) {
                    return new int[] {Short.toUnsignedInt(size.ws_xpixel), Short.toUnsignedInt(size.ws_ypixel)};
                }
            }
            return null;
        } catch (RuntimeException | LinkageError e) {
            return null;     // no native library for this machine, or it cannot be loaded
        }
    }
}
