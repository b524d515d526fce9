"""The ``dvdesktop`` command: ``main`` parses the arguments and runs one command.

``main.py`` holds the parser and the record commands; each feature's commands have a
module of their own here (``reports``, ``packages``, ``office``, ``safety``, ``sheets``),
all above the features they drive; ``common.py`` what every command shares.
"""

from dvdesktop.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
