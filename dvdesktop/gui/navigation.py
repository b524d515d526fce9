"""The navigation of the main window: the page list beside the page stack, each page's key.

Light on purpose (Qt only): the window's first frame is drawn with it before the core is
imported (see ``gui/app.py`` and docs/architecture.md, "Start-up").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QStackedWidget, QWidget

#: Keys that show a page, in navigation order: Ctrl+1 … Ctrl+9, Ctrl+0, then Ctrl+, (Cài đặt).
#: Keys of the pages in navigation order; Cài đặt always takes Ctrl+, (as most programs
#: do) and the trash Ctrl+Shift+Del (Delete moves a record there).
PAGE_KEYS = tuple(f"Ctrl+{i}" for i in range(1, 10)) + ("Ctrl+0",)
FIXED_PAGE_KEYS = {
    "settings": "Ctrl+,", "trash": "Ctrl+Shift+Del",
    # The pages for a body's units (Đơn vị trực thuộc): Alt+1 … Alt+6.
    "import": "Alt+1", "quarantine": "Alt+2", "units": "Alt+3", "status": "Alt+4", "report": "Alt+5",
    "profile": "Alt+6",
}
#: Qt.ItemDataRole.UserRole by its value, where each navigation item keeps its page's key: the
#: first frame is drawn before PySide6 builds the Qt namespace and its enums, which the first
#: reach for ``PySide6.QtCore.Qt`` costs (20-30 ms, measured, importing the name included),
#: so the frame's modules name it only inside what runs after that frame (``settle_headings``).
KEY_ROLE = 0x0100
#: A navigation entry whose key starts so is a group's heading, not a page.
GROUP = "group:"


def is_group(key: str) -> bool:
    return key.startswith(GROUP)


def page_keys(entries: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Page key -> shortcut: Ctrl+1 … Ctrl+9, Ctrl+0 in order, the fixed keys above; a
    page past the tenth has none (the Xem menu still lists it)."""
    out: dict[str, str] = {}
    free = iter(PAGE_KEYS)
    for key, _text in entries:
        if is_group(key):
            continue
        shortcut = FIXED_PAGE_KEYS.get(key) or next(free, None)
        if shortcut:
            out[key] = shortcut
    return out


def page_shortcuts(window: Any, menu: Any, entries: Sequence[tuple[str, str]]) -> list[QAction]:
    """One action per page in ``menu`` (the Xem menu) with its key, which shows the page;
    the navigation list names the key in each item's tooltip. A group's heading is a
    section of the menu."""
    actions = []
    keys = page_keys(entries)
    for i, (key, text) in enumerate(entries):
        if is_group(key):
            menu.addSection(text).setObjectName(f"section_{key[len(GROUP):]}")
            continue
        act = action(text, window)
        act.setObjectName(f"go_{key}")
        if key in keys:
            act.setShortcuts([QKeySequence(keys[key])])  # see MainWindow._menus
            item = window.nav.item(i)
            item.setToolTip(f"{text} ({QKeySequence(keys[key]).toString(QKeySequence.SequenceFormat.NativeText)})")
        act.triggered.connect(lambda _c=False, k=key: window.go(k))
        menu.addAction(act)
        actions.append(act)
    return actions



def action(text: str, parent: Any) -> QAction:
    """A menu action with ``text``: made from its parent alone, then named (``QAction(text,
    parent)`` has PySide6 try its ``QIcon`` overload and build QIcon's enums, ~3 ms of the
    first frame)."""
    act = QAction(parent)
    act.setText(text)
    return act

def navigation(window: Any, entries: Sequence[tuple[str, str]],
               widget_for: Any) -> tuple[QListWidget, QStackedWidget]:
    """The left navigation list and the page stack of a main window, side by side.

    :param entries: (page key, label) in navigation order; a key starting with ``GROUP``
        is a group's heading: shown in bold, an empty widget in the stack, not chosen once
        ``settle_headings`` has run
    :param widget_for: ``key -> QWidget`` placed in the stack for that entry
    """
    nav = QListWidget(window)
    nav.setObjectName("nav")
    nav.setUniformItemSizes(True)
    stack = QStackedWidget(window)
    for key, text in entries:
        item = QListWidgetItem(nav)  # (text, nav) would make PySide6 build QIcon's enums: ~3 ms
        item.setText(text)
        item.setData(KEY_ROLE, key)
        item.setSizeHint(QSize(0, 28))
        if is_group(key):
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            stack.addWidget(QWidget(window))
            continue
        stack.addWidget(widget_for(key))
    nav.setMaximumWidth(230)
    nav.setMinimumWidth(205)
    # By keyword: given positionally, PySide6 first tries it as a Qt.Orientation and so builds
    # the whole Qt namespace (about 25 ms, measured) before the first frame.
    split = QSplitter(parent=window)
    split.addWidget(nav)
    split.addWidget(stack)
    split.setStretchFactor(1, 1)
    split.setChildrenCollapsible(False)
    split.setSizes([205, 1160])
    window.setCentralWidget(split)
    window.resize(1366, 740)
    return nav, stack


def settle_headings(nav: QListWidget) -> None:
    """The groups' headings cannot be chosen (greyed like any item that cannot)."""
    from PySide6.QtCore import Qt  # after the first frame (see KEY_ROLE)

    for row in range(nav.count()):
        item = nav.item(row)
        if is_group(item.data(KEY_ROLE)):
            item.setFlags(Qt.ItemFlag.NoItemFlags)
