"""Where to write a package or a backup: the USB sticks plugged in, or a folder chosen by hand."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStorageInfo, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dvdesktop.gui import i18n

translate = QCoreApplication.translate

#: Pseudo and system file systems: never where a user carries files away.
_SYSTEM_FS = {"tmpfs", "devtmpfs", "proc", "sysfs", "squashfs", "overlay", "ramfs", "efivarfs",
              "cgroup", "cgroup2", "autofs", "fuse.portal", "nsfs", "tracefs", "debugfs"}
#: On Linux and macOS removable media are mounted under these folders.
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Drive:
    path: str
    name: str
    free: int  # bytes

    def label(self) -> str:
        name = self.name or self.path
        shown = name if name == self.path else f"{name} ({self.path})"
        return translate("Drives", "{drive} — còn trống {free}").format(drive=shown, free=size_text(self.free))


def size_text(n: int) -> str:
    """"3,2 GB", "850 MB" in the window's language."""
    for unit, factor in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
        if n >= factor:
            value = round(n / factor, 1 if n < 10 * factor else 0)
            return f"{i18n.number(value)} {unit}"
    return f"{i18n.number(n)} B"


def _system_drive() -> str:
    if sys.platform == "win32":
        return (os.environ.get("SystemDrive") or "C:").rstrip("\\/").upper() + "/"
    return "/"


def removable_drives(volumes: Iterable[Any] | None = None) -> list[Drive]:
    """Mounted volumes a user can write a file to and take away: ready, writable, not the
    system drive nor a system mount; on Linux only those under /media, /run/media or /mnt.

    :param volumes: ``QStorageInfo`` objects (default: ``QStorageInfo.mountedVolumes()``)
    """
    system = _system_drive()
    out = []
    for v in QStorageInfo.mountedVolumes() if volumes is None else volumes:
        if not (v.isValid() and v.isReady()) or v.isReadOnly() or v.isRoot():
            continue
        path = v.rootPath()
        fs = bytes(v.fileSystemType()).decode("ascii", "replace").lower()
        if fs in _SYSTEM_FS:
            continue
        if sys.platform == "win32":
            if path.upper().startswith(system):
                continue
        elif not path.startswith(_REMOVABLE_ROOTS):
            continue
        out.append(Drive(path, v.displayName() if v.displayName() != path else v.name(), v.bytesAvailable()))
    return out


class DestinationPicker(QWidget):
    """A list of the USB sticks plugged in, the folder chosen last, and "Chọn thư mục khác…".

    ``folder()`` is the chosen folder or "" when none. ``drives`` can be replaced in tests.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, title: str | None = None,
                 drives: Callable[[], list[Drive]] = removable_drives) -> None:
        super().__init__(parent)
        self.drives = drives
        self.title = title or translate("Drives", "Chọn thư mục để ghi")
        self.chosen: list[str] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        lay = QHBoxLayout()
        lay.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(lay)
        # Said under the list, in full, when no stick is plugged in (not cut off in the list).
        self.none_hint = QLabel(translate("Drives", "Chưa thấy ổ USB nào: cắm USB rồi nhấn “Tìm lại ổ USB”, "
                                                    "hoặc chọn một thư mục khác."), self)
        self.none_hint.setObjectName("hint")
        self.none_hint.setWordWrap(True)
        self.none_hint.hide()
        outer.addWidget(self.none_hint)
        self.combo = QComboBox(self)
        self.combo.setObjectName("destination")
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.refresh_button = QPushButton(translate("Drives", "Tìm lại ổ USB"), self)
        self.refresh_button.setToolTip(translate("Drives", "Cắm USB xong thì nhấn nút này"))
        self.other_button = QPushButton(translate("Drives", "Chọn thư mục khác…"), self)
        lay.addWidget(self.combo, 1)
        lay.addWidget(self.refresh_button)
        lay.addWidget(self.other_button)
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.other_button.clicked.connect(lambda: self.choose_other())
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.refresh()

    def refresh(self) -> None:
        current = self.folder()
        self.combo.blockSignals(True)
        self.combo.clear()
        for drive in self.drives():
            self.combo.addItem(drive.label(), drive.path)
        for folder in self.chosen:
            if self.combo.findData(folder) < 0:
                self.combo.addItem(folder, folder)
        self.none_hint.setVisible(self.combo.count() == 0)
        if self.combo.count() == 0:
            self.combo.addItem(translate("Drives", "(chưa thấy ổ USB nào)"), "")
        index = self.combo.findData(current) if current else -1
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)
        self.changed.emit()

    def set_folder(self, folder: str) -> None:
        folder = str(Path(folder))
        if folder not in self.chosen:
            self.chosen.append(folder)
        self.refresh()
        self.combo.setCurrentIndex(self.combo.findData(folder))

    def choose_other(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.title, self.folder())
        if folder:
            self.set_folder(folder)

    def folder(self) -> str:
        return str(self.combo.currentData() or "")
