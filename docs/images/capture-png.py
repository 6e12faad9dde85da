#!/usr/bin/env python3
"""Turns the half blocks of a `tmux capture-pane -p -e` capture into a PNG, as a terminal shows them.

Usage: capture-png.py CAPTURE.txt OUT.png [CELL_WIDTH CELL_HEIGHT]

Each ▀ (or ▄) cell becomes a CELL_WIDTH × CELL_HEIGHT block: its upper half in the foreground
colour, its lower half in the background colour (24-bit SGR only). Text cells are drawn as a
grey bar, so the picture stands where it stands among the lines. Only the standard library.
"""
import re
import struct
import sys
import unicodedata
import zlib

SGR = re.compile(r"\x1b\[([0-9;]*)m")
TEXT = (150, 150, 150)
BACK = (30, 30, 30)


STATE = {"fg": None, "bg": None}


def cells(line):
    # tmux writes attributes only where they change, also from one line to the next.
    fg, bg = STATE["fg"], STATE["bg"]
    out = []
    pos = 0
    for m in list(SGR.finditer(line)) + [None]:
        chunk = line[pos:m.start()] if m else line[pos:]
        for ch in chunk:
            wide = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
            out.extend([(ch, fg, bg)] * wide)
        if not m:
            STATE["fg"], STATE["bg"] = fg, bg
            break
        pos = m.end()
        params = [int(p) if p else 0 for p in m.group(1).split(";")]
        i = 0
        while i < len(params):
            p = params[i]
            if p == 0:
                fg = bg = None
            elif p == 39:
                fg = None
            elif p == 49:
                bg = None
            elif p in (38, 48) and i + 4 < len(params) + 1 and params[i + 1] == 2:
                colour = tuple(params[i + 2:i + 5])
                if p == 38:
                    fg = colour
                else:
                    bg = colour
                i += 4
            i += 1
    return out


def main():
    capture, out = sys.argv[1], sys.argv[2]
    cw, ch = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (8, 16)
    rows = [cells(l) for l in open(capture, encoding="utf-8").read().split("\n")]
    while rows and not rows[-1]:
        rows.pop()
    width = max(len(r) for r in rows) * cw
    pixels = bytearray()
    for r in rows:
        for y in range(ch):
            line = bytearray()
            for (c, fg, bg) in r:
                if c in "▀▄":
                    upper, lower = (fg, bg) if c == "▀" else (bg, fg)
                    colour = (upper or BACK) if y < ch // 2 else (lower or BACK)
                elif c.strip() and ch // 4 <= y < ch - ch // 4:
                    colour = TEXT
                else:
                    colour = bg or BACK
                line.extend(bytes(colour) * cw)
            line.extend(bytes(BACK) * (width - len(line) // 3))
            pixels.append(0)
            pixels.extend(line)
    height = len(rows) * ch

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(pixels), 9)) + chunk(b"IEND", b"")
    open(out, "wb").write(png)


if __name__ == "__main__":
    main()
