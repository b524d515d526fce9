"""The passphrase of an encrypted file, asked as soon as the window's frame is on screen,
and its key derived on a worker thread while the window's thread loads the core.

The key file's scrypt is deliberately slow (about 0.1 s, ``safety.keyfile.SCRYPT_N``) and
releases the GIL, so started before the core's import it costs the start-up next to
nothing; cryptography itself is imported on this thread first (``keyfile.load_ciphers``), as
an import on the worker would take the GIL from the core's import. Light on purpose: ``gui/app.py`` imports it right after the first frame; it needs
Qt and ``safety.keyfile``, not the core.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from dvdesktop.safety.keyfile import is_encrypted, load_ciphers, resolve_key

translate = QCoreApplication.translate


def ask(parent: QWidget | None = None, problem: str = "") -> str | None:
    """The passphrase (or the recovery key) typed by the user; None if they gave up.

    :param problem: why the last one did not open the file, said above the question
    """
    text, ok = QInputDialog.getText(
        parent, translate("App", "Mật khẩu tệp dữ liệu"),
        (problem + "\n\n" if problem else "")
        + translate("App", "Tệp dữ liệu được mã hóa. Nhập mật khẩu (hoặc mã khôi phục):"),
        QLineEdit.EchoMode.Password)
    return text if ok else None


class PendingKey:
    """The SQLCipher key of ``path`` from ``secret``, being derived on a worker thread."""

    def __init__(self, path: Path, secret: str) -> None:
        self._box: dict[str, object] = {}
        load_ciphers()  # here, not on the worker: imports hold the GIL the core's import needs
        self._worker = threading.Thread(target=self._derive, args=(Path(path), secret),
                                        name="dvdesktop-unlock", daemon=True)
        self._worker.start()

    def _derive(self, path: Path, secret: str) -> None:
        try:
            self._box["key"] = resolve_key(path, secret)
        except BaseException as exc:  # noqa: BLE001 - raised again by result()
            self._box["error"] = exc

    def result(self) -> str | bytes:
        """The key, once derived (waits for the worker).

        :raises WrongPassphraseError: the secret opens neither slot of the key file
        :raises KeyFileError: the key file is damaged
        """
        self._worker.join()
        if "error" in self._box:
            raise self._box["error"]  # type: ignore[misc]
        return self._box["key"]  # type: ignore[return-value]


__all__ = ["PendingKey", "ask", "is_encrypted"]
