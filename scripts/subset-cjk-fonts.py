#!/usr/bin/env python3
"""Subsets Noto Sans CJK to the characters the Korean and Japanese locales use.

The timeline picture draws Korean and Japanese text, which DejaVu Sans cannot show. The full Noto
Sans CJK fonts weigh about 20 MB each; the binary carries subsets of their KR and JP faces
(Regular and Bold) with only the characters of `locales/ko` and `locales/ja`, plus ASCII, the
marks the renderer adds and what CLDR writes in dates. `tests/it/picture.rs` fails when a locale
gains a character the subset lacks: run this script again, then commit `assets/fonts/`.

Needs Debian's fonts-noto-cjk and fontTools (`apt-get install fonts-noto-cjk`,
`pip install fonttools`). Usage: python3 scripts/subset-cjk-fonts.py [locales folder]
"""

import pathlib
import string
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = pathlib.Path("/usr/share/fonts/opentype/noto")
OUT = pathlib.Path(__file__).resolve().parent.parent / "assets" / "fonts"
# Face index in Debian's NotoSansCJK-*.ttc: 0 is JP, 1 is KR.
FACES = {"ja": (0, "jp"), "ko": (1, "kr")}
# What the renderer adds around the locales' words (marks, ellipsis, dashes, quotes), and what
# CLDR writes in month and day names of these two languages.
EXTRA = string.printable + "†…–—·•‘’“”«»" + "年月日년월일" + "0123456789"


def characters(folder: pathlib.Path) -> str:
    text = "".join(path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.ftl")))
    return "".join(sorted(set(text + EXTRA) - set("\n\r\t")))


def main() -> None:
    locales = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else OUT.parent.parent / "locales"
    OUT.mkdir(parents=True, exist_ok=True)
    for language, (index, face) in FACES.items():
        text = characters(locales / language)
        for weight in ("Regular", "Bold"):
            font = TTCollection(str(SOURCE / f"NotoSansCJK-{weight}.ttc")).fonts[index]
            options = subset.Options()
            options.layout_features = []
            options.hinting = False
            options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
            options.notdef_outline = True
            subsetter = subset.Subsetter(options)
            subsetter.populate(text=text)
            subsetter.subset(font)
            out = OUT / f"NotoSansCJK{face}-{weight}.subset.otf"
            font.save(str(out))
            print(f"{out.name}: {len(text)} characters, {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
