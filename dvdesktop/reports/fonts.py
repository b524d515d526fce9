"""Bundled Liberation Serif (metric twin of Times New Roman) registered once in reportlab.

Hướng dẫn 36-HD/VPTW asks for Times New Roman; Liberation Serif has the same metrics and
full Vietnamese coverage, and its SIL OFL licence lets us ship it (resources/fonts/). TTF
fonts are embedded (subset) in every PDF, so a report prints the same on any machine.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

__all__ = [
    "BOLD",
    "BOLD_ITALIC",
    "FAMILY",
    "FONT_FILES",
    "ITALIC",
    "REGULAR",
    "register_fonts",
    "resource_path",
]

FAMILY = "LiberationSerif"
REGULAR = "LiberationSerif"
BOLD = "LiberationSerif-Bold"
ITALIC = "LiberationSerif-Italic"
BOLD_ITALIC = "LiberationSerif-BoldItalic"

#: reportlab font name -> file name under resources/fonts/.
FONT_FILES: dict[str, str] = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource: ``resource_path("fonts", "x.ttf")``.

    From a source checkout, ``resources/`` sits at the repository root; a PyInstaller
    build unpacks it under ``sys._MEIPASS``.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        base = Path(frozen_root) / "resources"
    else:
        base = Path(__file__).resolve().parents[2] / "resources"
    return base.joinpath(*parts)


def register_fonts() -> str:
    """Register the four faces and the <b>/<i> family mapping; returns the family name.

    Safe to call from any thread, any number of times (the operations layer renders
    reports off the UI thread).
    """
    global _registered
    with _lock:
        if _registered:
            return FAMILY
        # Imported here so importing this module stays cheap for callers that only need
        # resource_path (the window's icon loading, for instance).
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in FONT_FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"Thiếu tệp phông chữ {path}; hãy cài lại chương trình.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # The family mapping is what Paragraph markup consults for <b>/<i>.
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True
        return FAMILY
