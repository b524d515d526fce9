#!/usr/bin/env python3
"""Make the Windows icon resources/icons/dvdesktop.ico (all sizes Windows asks for).

    .venv/bin/python packaging/make_icon.py                 # from resources/icons/dvdesktop.png if present
    .venv/bin/python packaging/make_icon.py --from logo.png # from another picture
    .venv/bin/python packaging/make_icon.py --draw          # the simple drawn icon

With no picture it draws a plain one: "DV" in bold serif on a red rounded square, so the
exe, the Start-menu shortcut and the installer all carry the same recognisable mark.
Needs Pillow (already in the venv: reportlab depends on it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "LiberationSerif-Bold.ttf"
SIZES = [(16, 16), (20, 20), (24, 24), (32, 32), (40, 40), (48, 48), (64, 64), (128, 128), (256, 256)]
RED = (200, 16, 46, 255)
YELLOW = (255, 221, 0, 255)


def draw(size: int = 256) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=RED)
    font = ImageFont.truetype(str(FONT), int(size * 0.55))
    text = "DV"
    box = d.textbbox((0, 0), text, font=font)
    w, h = box[2] - box[0], box[3] - box[1]
    d.text(((size - w) / 2 - box[0], (size - h) / 2 - box[1]), text, font=font, fill=YELLOW)
    return img


def square(img: Image.Image) -> Image.Image:
    img = img.convert("RGBA")
    side = max(img.size)
    canvas = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    canvas.paste(img, ((side - img.width) // 2, (side - img.height) // 2))
    return canvas.resize((256, 256), Image.LANCZOS)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, help="picture to convert (PNG, square is best)")
    parser.add_argument("--draw", action="store_true", help="draw the plain icon even if a PNG exists")
    parser.add_argument("--out", type=Path, default=ICONS / "dvdesktop.ico")
    args = parser.parse_args(argv)
    source = args.source or (None if args.draw else ICONS / "dvdesktop.png")
    if source is not None and source.is_file():
        img = square(Image.open(source))
        origin = str(source)
    else:
        if args.source:
            print(f"Không thấy {args.source}", file=sys.stderr)
            return 1
        img = draw()
        origin = "drawn"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    img.save(args.out, format="ICO", sizes=SIZES)
    print(f"{args.out} ({origin}, {len(SIZES)} sizes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
