"""Sending to the superior: screen what a package would carry, write the signed package, the
unit's signing key (made, replaced, its public half saved for the superior)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dvdesktop.operations.runner import read, run_op
from dvdesktop.operations.steps import StepRelay, run_steps
from dvdesktop.store.files import write_atomic

if TYPE_CHECKING:
    from dvdesktop.packages import KeyRotation, Screening

# dvdesktop.packages (minisign, the BagIt writer) is imported where an action runs, not here:
# about 60 ms (measured) that the window's start-up would spend before anything is sent.

translate = QCoreApplication.translate

Success = Callable[[Any], None] | None
Failure = Callable[[BaseException], bool | None] | None


def screen_findings(*, parent: QWidget | None, period: str, success: Success = None) -> None:
    """Look for personal data in what the package of ``period`` would carry (writes nothing);
    ``success(screening)``."""
    from dvdesktop.packages import screen_export

    run_op(parent, lambda led: screen_export(led, period=period), success=success,
           progress_text=translate("Send", "Đang rà soát thông tin cá nhân trong những gì sẽ gửi đi…"))


def send_package(*, parent: QWidget | None, period: str, folder: str, accepted: Screening | None,
                 success: Success = None, failure: Failure = None) -> StepRelay:
    """Write the signed package of ``period`` into ``folder`` with a progress bar;
    ``accepted``: the findings the user saw and chose to send. On a body holding its units'
    accepted packages for the period, the whole đảng bộ's package upward
    (``office.levels.period_package``). ``success(path)``."""
    from dvdesktop.office.levels import period_package

    return run_steps(
        parent, lambda led, progress: period_package(led, period=period, out_dir=folder, progress=progress,
                                                     accept=accepted),
        title=translate("Send", "Gửi cấp trên"), text=translate("Send", "Đang tạo gói gửi cấp trên…"),
        success=success, failure=failure)


def make_signing_key(*, parent: QWidget | None, success: Success = None) -> None:
    """The unit's signing key, made once (a later call keeps it); ``success(public key)``."""
    from dvdesktop.packages import ensure_signing_key

    run_op(parent, ensure_signing_key, success=success,
           progress_text=translate("App", "Đang tạo khóa ký số của đơn vị…"))


def rotate_key(*, parent: QWidget | None, success: Success = None) -> None:
    """A new signing key announced under the old one; ``success(rotation)``."""
    from dvdesktop.packages import rotate_signing_key

    run_op(parent, rotate_signing_key, success=success,
           progress_text=translate("Settings", "Đang tạo khóa ký mới…"))


def save_public_key(*, parent: QWidget | None, text: str, path: str, success: Success = None) -> None:
    """Write the public key ``text`` to ``path`` (whole or not at all); ``success(path)``."""
    run_op(parent, lambda _led: str(write_atomic(Path(path), text.encode("ascii"))), success=success)


# ------------------------------------------------------------------ cheap reads (this thread)
def signing_key() -> tuple[str | None, str | None]:
    """(fingerprint, public key text) of the unit's signing key, (None, None) before it is made."""
    return read(lambda led: (led.get_setting("signing_fingerprint"), led.get_setting("signing_public_key")))


def key_rotations() -> list[KeyRotation]:
    """The keys this one replaced: the announcements every package carries."""
    from dvdesktop.packages.rotation import from_payload, payload_files

    return read(lambda led: from_payload({f"data/{k}": v for k, v in payload_files(led).items()}))


def exports() -> list[dict[str, Any]]:
    return read(lambda led: led.exports())
