"""The unit's key in Cài đặt, sending to a USB stick, backups, restore and encryption in the
window, clicked and typed.

Saving the public key, a package written to a folder chosen by hand, a backup to a stick
restored, encrypting then changing the passphrase with the recovery key, the signing key
made at the first start, and personal data found before sending are journeys:
test_gui_journeys.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_gui_journeys import CTRL, _key, choose
from tests.conftest import plain_file
from test_gui_support import (  # noqa: F401
    OFFSCREEN_NOTICE,
    FileDialogs,
    activate,
    answer_boxes,
    click,
    focused_name,
    gui_ledger,
    press,
    when_shown,
    window,
    write,
)

pytestmark = [pytest.mark.gui, OFFSCREEN_NOTICE]


class Volume:
    """What removable_drives reads of a QStorageInfo."""

    def __init__(self, path: str, *, fs: bytes = b"vfat", ready: bool = True, ro: bool = False,
                 root: bool = False, name: str = "USB", free: int = 3 * 1024 ** 3) -> None:
        self.path, self.fs, self.ready, self.ro, self.root, self._name, self.free = path, fs, ready, ro, root, name, free

    def isValid(self) -> bool:  # noqa: N802
        return True

    def isReady(self) -> bool:  # noqa: N802
        return self.ready

    def isReadOnly(self) -> bool:  # noqa: N802
        return self.ro

    def isRoot(self) -> bool:  # noqa: N802
        return self.root

    def rootPath(self) -> str:  # noqa: N802
        return self.path

    def fileSystemType(self) -> bytes:  # noqa: N802
        return self.fs

    def displayName(self) -> str:  # noqa: N802
        return self._name

    def name(self) -> str:
        return self._name

    def bytesAvailable(self) -> int:  # noqa: N802
        return self.free


def test_removable_drives_leave_out_system_and_read_only(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from dvdesktop.gui import drives

    monkeypatch.setattr(drives.sys, "platform", "linux")
    found = drives.removable_drives([
        Volume("/", root=True), Volume("/boot/efi", fs=b"vfat"), Volume("/run/user/1000", fs=b"tmpfs"),
        Volume("/media/hoa/KINGSTON", name="KINGSTON"), Volume("/media/hoa/CD", ro=True),
        Volume("/media/hoa/EMPTY", ready=False), Volume("/snap/core/1", fs=b"squashfs"),
    ])
    assert [d.path for d in found] == ["/media/hoa/KINGSTON"]
    assert found[0].label().startswith("KINGSTON (/media/hoa/KINGSTON)")
    assert "GB" in found[0].label()
    monkeypatch.setattr(drives.sys, "platform", "win32")
    monkeypatch.setenv("SystemDrive", "C:")
    found = drives.removable_drives([Volume("C:/", name="Windows"), Volume("E:/", name="USB DISK", free=800 * 1024 ** 2)])
    assert [d.path for d in found] == ["E:/"]
    assert "800 MB" in found[0].label()


def test_settings_shows_the_key_and_saves_the_public_key(window: Any, gui_ledger: Any, tmp_path: Path, qtbot: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from dvdesktop import operations as ops
    from dvdesktop.packages import fingerprint, load_public_key

    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+,"))
    page = window.pages["settings"]
    assert ops.wait_for_ops()  # the key is made on first need
    fp = gui_ledger.get_setting("signing_fingerprint")
    assert fp and page.fingerprint.text() == fp
    assert page.fingerprint.font().pointSize() >= 16 or "20pt" in page.fingerprint.styleSheet()
    assert page.public_key.toPlainText().startswith("RW")  # the key itself, not minisign's English comment
    assert "untrusted comment" not in page.public_key.toPlainText()
    unit_code = gui_ledger.unit()["code"]
    dialogs = FileDialogs(monkeypatch, tmp_path / f"{unit_code}.pub")
    click(qtbot, page.save_key_button)
    assert ops.wait_for_ops()
    assert [c["name"] for c in dialogs.calls] == [f"{unit_code}.pub"]
    saved = (tmp_path / f"{unit_code}.pub").read_text(encoding="ascii")
    assert fingerprint(load_public_key(saved)) == fp


def _send_page(window: Any, folder: Path, qtbot: Any) -> Any:
    """Gửi cấp trên by its key, a stick plugged in at ``folder``, found by "Tìm lại ổ USB", 2026-H1."""
    from dvdesktop.gui.drives import Drive

    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+0"))
    page = window.pages["send"]
    page.destination.drives = lambda: [Drive(str(folder), "KINGSTON", 2 * 1024 ** 3)]
    click(qtbot, page.destination.refresh_button)
    choose(qtbot, page.period_combo, "2026-H1")
    return page


def test_send_writes_the_package_with_steps_and_lists_it(window: Any, gui_ledger: Any, tmp_path: Path,
                                                         qtbot: Any) -> None:
    from dvdesktop import operations as ops
    from dvdesktop.packages import verify_package

    usb = tmp_path / "usb"
    usb.mkdir()
    page = _send_page(window, usb, qtbot)
    assert "KINGSTON" in page.destination.combo.currentText()
    assert page.export_button.isEnabled()
    click(qtbot, page.export_button)
    assert ops.wait_for_ops(60)
    (pkg,) = usb.glob("*.dvpkg")
    assert str(pkg) in page.result.text()
    assert verify_package(pkg).period == "2026-H1"
    texts = page.task.texts
    assert texts[0] == "Đang tổng hợp số liệu…" and texts[-1] == "Đã tạo gói báo cáo." and len(texts) >= 5
    assert page.history.rowCount() == 1 and page.history.item(0, 2).text() == pkg.name

    click(qtbot, page.export_button)  # a correction: lần 2, listed first
    assert ops.wait_for_ops(60)
    assert page.history.rowCount() == 2 and page.history.item(0, 1).text() == "2"


def test_send_to_a_stick_that_is_gone_says_so(window: Any, gui_ledger: Any, tmp_path: Path, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from dvdesktop import operations as ops

    gone = tmp_path / "E"
    gone.mkdir()
    page = _send_page(window, gone, qtbot)
    gone.rmdir()  # listed, then pulled out before the click
    click(qtbot, page.export_button)
    assert ops.wait_for_ops(60)
    assert page.result.text().startswith("Không thấy ổ hoặc thư mục") and not gone.exists()

    broken = tmp_path / "F"
    broken.mkdir()
    page = _send_page(window, broken, qtbot)
    (broken / ".CB-TEST_2026-H1_r1.dvpkg.tmp").mkdir()  # the package cannot be written there
    click(qtbot, page.export_button)
    assert ops.wait_for_ops(60)
    assert page.result.text().startswith("Chưa tạo được gói:"), page.result.text()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and boxes[-1].windowTitle() == "Chưa thực hiện được"
    assert "Traceback" not in boxes[-1].text()
    for b in boxes:
        b.close()


def test_the_days_first_start_makes_a_backup(window: Any, gui_ledger: Any) -> None:
    """What app.run does once the window is shown (a backup to a stick: the journeys)."""
    from dvdesktop import operations as ops
    from dvdesktop.gui import safety_dialogs
    from dvdesktop.safety.backup import backups_dir, list_backups

    safety_dialogs.start_daily_backup(window)
    assert ops.wait_for_ops(60)
    assert [b.reason for b in list_backups(Path(gui_ledger.path), folder=backups_dir())] == ["daily"]
    assert "sao lưu" in window.statusBar().currentMessage()


def test_file_menu_gets_the_safety_actions(window: Any) -> None:
    from dvdesktop.gui import safety_dialogs

    safety_dialogs.add_file_menu_actions(window)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions() if not a.isSeparator()]
    assert texts[-6:] == ["Sao lưu ra USB…", "Khôi phục từ bản sao…", "Mã hóa dữ liệu…", "Đổi mật khẩu…",
                          "Nhận lịch sử đơn vị cũ (sáp nhập)…", "Thoát"]


def test_encrypt_then_a_plain_backup_restored_stays_encrypted(
        window: Any, gui_ledger: Any, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from dvdesktop import operations as ops
    from dvdesktop.gui.safety_dialogs import PassphraseDialog
    from dvdesktop.safety import crypto
    from dvdesktop.safety.backup import make_backup

    gui_ledger.add("meeting", {"date": "2026-03-02", "title": "Trước khi mã hóa", "members_expected": 10,
                               "members_present": 9})
    usb = tmp_path / "usb"
    usb.mkdir()
    plain_copy = make_backup(plain_file(gui_ledger), dest=usb)  # a plain copy, taken before
    path = Path(gui_ledger.path)
    activate(qtbot, window)
    qtbot.keyClick(window, *_key("Ctrl+,"))
    page = window.pages["settings"]
    assert ops.wait_for_ops()
    assert page.encrypt_button.isEnabled() and not page.passphrase_button.isEnabled()
    seen: dict[str, str] = {}

    def different(dlg: PassphraseDialog) -> None:
        write(qtbot, "mật khẩu dài")
        press(qtbot, Qt.Key.Key_Tab)
        write(qtbot, "mật khẩu dài khác")
        press(qtbot, Qt.Key.Key_Return)
        seen["error"] = dlg.error.text()
        qtbot.mouseClick(dlg.again, Qt.MouseButton.LeftButton)
        press(qtbot, Qt.Key.Key_A, CTRL)
        write(qtbot, "mật khẩu dài")
        press(qtbot, Qt.Key.Key_Return)

    when_shown(qtbot, PassphraseDialog, different)
    click(qtbot, page.encrypt_button)
    assert ops.wait_for_ops(60)
    assert seen["error"] == "Hai lần nhập mật khẩu không giống nhau."
    assert crypto.is_encrypted(path)
    dlg = page.recovery_dialog
    activate(qtbot, dlg)
    click(qtbot, dlg.confirm)
    click(qtbot, dlg.close_button)
    led = ops.current_ledger()
    assert led is not gui_ledger and led.count("meeting") == 1  # the window works on, on the encrypted file
    assert not page.encrypt_button.isEnabled() and page.passphrase_button.isEnabled()
    led.add("meeting", {"date": "2026-03-03", "title": "Sau khi mã hóa", "members_expected": 10, "members_present": 9})
    # Khôi phục từ bản sao: the plain copy, over the encrypted file, asks the passphrase.
    dialogs = FileDialogs(monkeypatch, plain_copy)
    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("mật khẩu dài", True))
    activate(qtbot, window)
    click(qtbot, page.restore_button)
    assert ops.wait_for_ops(60)
    assert dialogs.calls[0]["kind"] == "open" and "Thay toàn bộ dữ liệu hiện tại" in asked[0]
    led = ops.current_ledger()
    assert [m["title"] for m in led.list("meeting")] == ["Trước khi mã hóa"]
    assert crypto.is_encrypted(path)  # a plain backup restored over an encrypted file is encrypted
    led.close()


def test_an_encrypted_file_opens_with_its_key_unlocked_while_the_window_modules_load(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """opening.open_file: the passphrase typed, the key file unlocked on a worker while the
    caller's work runs here; a wrong passphrase is asked again with its message."""
    import threading

    from PySide6.QtWidgets import QInputDialog

    from dvdesktop.core.ledger import Ledger
    from dvdesktop.gui import opening
    from dvdesktop.safety import crypto

    path = tmp_path / "enc.db"
    led = Ledger.open(path, actor="tester")
    led.add("meeting", {"date": "2026-03-03", "title": "Họp chi bộ", "members_expected": 10, "members_present": 9})
    led.close()
    file = crypto.open_data_file(path)
    file.close()
    done = crypto.encrypt_existing(file, "mật khẩu dài", backups_folder=tmp_path / "bk")
    if done.file is not None and done.file.is_open:
        done.file.close()
    assert crypto.is_encrypted(path)
    answers = iter([("sai mật khẩu", True), ("mật khẩu dài", True)])
    prompts: list[str] = []

    def get_text(_parent: Any, _title: str, label: str, *_a: Any, **_k: Any) -> tuple[str, bool]:
        prompts.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    threads: list[str] = []
    opened = opening.open_file(path, meanwhile=lambda: threads.append(threading.current_thread().name))
    assert opened is not None
    try:
        assert [m["title"] for m in opened.ledger.list("meeting")] == ["Họp chi bộ"]
    finally:
        opened.close()
    assert len(prompts) == 2 and "mật khẩu" in prompts[1].lower() and prompts[1] != prompts[0]
    assert threads == [threading.main_thread().name] * 2  # ran here, once per unlock tried
