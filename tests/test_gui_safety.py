"""The unit's key in Cài đặt, sending to a USB stick, backups, restore and encryption in the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_gui_support import OFFSCREEN_NOTICE, gui_ledger, window  # noqa: F401
from tests.conftest import plain_file

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


def test_settings_shows_the_key_and_saves_the_public_key(window: Any, gui_ledger: Any, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from dvdesktop import operations as ops
    from dvdesktop.packages import fingerprint, load_public_key

    page = window.go("settings")
    assert ops.wait_for_ops()  # the key is made on first need
    fp = gui_ledger.get_setting("signing_fingerprint")
    assert fp and page.fingerprint.text() == fp
    assert page.fingerprint.font().pointSize() >= 16 or "20pt" in page.fingerprint.styleSheet()
    assert page.public_key.toPlainText().startswith("RW")  # the key itself, not minisign's English comment
    assert "untrusted comment" not in page.public_key.toPlainText()
    seen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _t, name, _f: (seen.append(name), (str(tmp_path / name), ""))[1])
    page.save_key_button.click()
    assert ops.wait_for_ops()
    unit_code = gui_ledger.unit()["code"]
    assert seen == [f"{unit_code}.pub"]
    saved = (tmp_path / f"{unit_code}.pub").read_text(encoding="ascii")
    assert fingerprint(load_public_key(saved)) == fp


def test_signing_key_made_after_setup(qapp: Any, tmp_path: Path) -> None:
    from dvdesktop import operations as ops
    from dvdesktop.core.ledger import Ledger
    from dvdesktop.gui.app import make_signing_key

    led = Ledger.open(tmp_path / "new.db")
    ops.set_file(plain_file(led))
    assert led.get_setting("signing_fingerprint") is None
    make_signing_key()
    assert led.get_setting("signing_fingerprint")
    led.close()


def _send_page(window: Any, folder: Path) -> Any:
    from dvdesktop.gui.drives import Drive

    page = window.go("send")
    page.destination.drives = lambda: [Drive(str(folder), "KINGSTON", 2 * 1024 ** 3)]
    page.destination.refresh()
    page.period_combo.setCurrentIndex(page.period_combo.findData("2026-H1"))
    return page


def test_send_writes_the_package_with_steps_and_lists_it(window: Any, gui_ledger: Any, tmp_path: Path) -> None:
    from dvdesktop import operations as ops
    from dvdesktop.packages import verify_package

    usb = tmp_path / "usb"
    usb.mkdir()
    page = _send_page(window, usb)
    assert "KINGSTON" in page.destination.combo.currentText()
    assert page.export_button.isEnabled()
    page.export_button.click()
    assert ops.wait_for_ops(60)
    (pkg,) = usb.glob("*.dvpkg")
    assert str(pkg) in page.result.text()
    assert verify_package(pkg).period == "2026-H1"
    texts = page.task.texts
    assert texts[0] == "Đang tổng hợp số liệu…" and texts[-1] == "Đã tạo gói báo cáo." and len(texts) >= 5
    assert page.history.rowCount() == 1 and page.history.item(0, 2).text() == pkg.name

    page.export_button.click()  # a correction: lần 2, listed first
    assert ops.wait_for_ops(60)
    assert page.history.rowCount() == 2 and page.history.item(0, 1).text() == "2"


def test_send_to_a_stick_that_is_gone_says_so(window: Any, gui_ledger: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from dvdesktop import operations as ops

    gone = tmp_path / "E"
    gone.mkdir()
    page = _send_page(window, gone)
    gone.rmdir()  # listed, then pulled out before the click
    page.export_button.click()
    assert ops.wait_for_ops(60)
    assert page.result.text().startswith("Không thấy ổ hoặc thư mục") and not gone.exists()

    broken = tmp_path / "F"
    broken.mkdir()
    page = _send_page(window, broken)
    (broken / ".CB-TEST_2026-H1_r1.dvpkg.tmp").mkdir()  # the package cannot be written there
    page.export_button.click()
    assert ops.wait_for_ops(60)
    assert page.result.text().startswith("Chưa tạo được gói:"), page.result.text()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and boxes[-1].windowTitle() == "Chưa thực hiện được"
    assert "Traceback" not in boxes[-1].text()
    for b in boxes:
        b.close()


def test_backup_to_usb_and_daily_backup(window: Any, gui_ledger: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from dvdesktop import operations as ops
    from dvdesktop.gui import safety_dialogs
    from dvdesktop.safety.backup import backups_dir, list_backups, verify_backup

    usb = tmp_path / "usb"
    usb.mkdir()
    page = window.go("settings")
    safety_dialogs.backup_to_usb(page, folder=str(usb))
    assert ops.wait_for_ops(60)
    (copy,) = usb.glob("*.db")
    assert verify_backup(copy)["unit"] == 1
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()

    safety_dialogs.start_daily_backup(window)
    assert ops.wait_for_ops(60)
    assert [b.reason for b in list_backups(Path(gui_ledger.path), folder=backups_dir())] == ["daily"]
    assert "sao lưu" in window.statusBar().currentMessage()


def test_file_menu_gets_the_safety_actions(window: Any) -> None:
    from dvdesktop.gui import safety_dialogs

    safety_dialogs.add_file_menu_actions(window)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions() if not a.isSeparator()]
    assert texts[-5:] == ["Sao lưu ra USB…", "Khôi phục từ bản sao…", "Mã hóa dữ liệu…", "Đổi mật khẩu…", "Thoát"]


def test_encrypt_shows_the_recovery_key_once_then_passphrase_and_restore(
        window: Any, gui_ledger: Any, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from dvdesktop import operations as ops
    from dvdesktop.gui import safety_dialogs
    from dvdesktop.safety import crypto

    gui_ledger.add("meeting", {"date": "2026-03-02", "title": "Trước khi mã hóa", "members_expected": 10,
                               "members_present": 9})
    usb = tmp_path / "usb"
    usb.mkdir()
    page = window.go("settings")
    safety_dialogs.backup_to_usb(page, folder=str(usb))  # a plain copy, taken before
    assert ops.wait_for_ops(60)
    (plain_copy,) = usb.glob("*.db")
    path = Path(gui_ledger.path)
    assert page.encrypt_button.isEnabled() and not page.passphrase_button.isEnabled()

    safety_dialogs.encrypt_data(page, passphrase="mật khẩu dài")
    assert ops.wait_for_ops(60)
    assert crypto.is_encrypted(path)
    dlg = page.recovery_dialog
    assert dlg.isVisible() and not dlg.close_button.isEnabled()
    key = dlg.key_label.text()
    assert len(key.split("-")) == 8
    dlg.reject()  # Esc before ticking: stays open
    assert dlg.isVisible()
    dlg.confirm.setChecked(True)
    dlg.close_button.click()
    assert not dlg.isVisible()
    led = ops.current_ledger()
    assert led is not gui_ledger and led.count("meeting") == 1  # the window works on, on the encrypted file
    assert not page.encrypt_button.isEnabled() and page.passphrase_button.isEnabled()

    safety_dialogs.change_passphrase(page, old=key, new="mật khẩu mới hơn")  # the recovery key as "old"
    assert ops.wait_for_ops(60)
    led = ops.current_ledger()
    crypto.open_data_file(path, "mật khẩu mới hơn").ledger.close()
    led.add("meeting", {"date": "2026-03-03", "title": "Sau khi mã hóa", "members_expected": 10, "members_present": 9})

    monkeypatch.setattr(safety_dialogs, "confirm_restore", lambda _p, _s: True)
    safety_dialogs.restore_from_backup(page, source=str(plain_copy), secret="mật khẩu mới hơn")
    assert ops.wait_for_ops(60)
    led = ops.current_ledger()
    assert [m["title"] for m in led.list("meeting")] == ["Trước khi mã hóa"]
    assert crypto.is_encrypted(path)  # a plain backup restored over an encrypted file is encrypted
    led.close()


def test_passphrase_dialog_refuses_short_and_different(qapp: Any) -> None:
    from dvdesktop.gui.safety_dialogs import PassphraseDialog

    dlg = PassphraseDialog(None)
    dlg.new.setText("ngắn")
    dlg.again.setText("ngắn")
    dlg.check()
    assert "ít nhất 8" in dlg.error.text() and dlg.result() == 0
    dlg.new.setText("mật khẩu dài")
    dlg.again.setText("mật khẩu dài khác")
    dlg.check()
    assert dlg.error.text() == "Hai lần nhập mật khẩu không giống nhau."
    dlg.again.setText("mật khẩu dài")
    dlg.check()
    assert dlg.result() == 1


def test_send_stops_on_personal_data_in_what_would_leave(window: Any, gui_ledger: Any, tmp_path: Path) -> None:
    """Until the findings dialog exists, the page says what was found and writes nothing."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from dvdesktop import operations as ops

    gui_ledger.add("meeting", {"date": "2026-03-05", "kind": "regular_cell",
                               "title": "Gặp bà Lan, ĐT 0912 345 678"})
    usb = tmp_path / "usb"
    usb.mkdir()
    page = _send_page(window, usb)
    page.export_button.click()
    assert ops.wait_for_ops(60)
    text = page.result.text()
    assert text.startswith("Chưa tạo được gói: Chưa ghi gói: có 1 chỗ") and "0912 345 678" in text, text
    assert list(usb.iterdir()) == [] and page.history.rowCount() == 0
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]:
        assert "Traceback" not in box.text()
        box.close()
