"""The ``dvdesktop`` command: ``main`` parses the arguments and runs one command.

``commands.py`` holds the parser and the record commands; each feature's commands have a
module of their own here (``reports``, ``packages``, ``office``, ``safety``, ``sheets``),
all above the features they drive; ``common.py`` what every command shares. With no
command the window opens (``window.py``), without importing the commands first.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from dvdesktop.cli.window import run_window, window_arguments


def main(argv: Sequence[str] | None = None) -> int:
    args = window_arguments(sys.argv[1:] if argv is None else argv)
    if args is not None:
        return run_window(args)
    from dvdesktop.cli import commands  # every feature: only a command needs them

    return commands.main(argv)


def __getattr__(name: str) -> Any:
    if name == "build_parser":
        from dvdesktop.cli.commands import build_parser

        return build_parser
    raise AttributeError(name)


__all__ = ["build_parser", "main"]
