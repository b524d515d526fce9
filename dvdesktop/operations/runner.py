"""The runner: one core call off the UI thread, reported back on (like Anki's CollectionOp).

``run_op(parent, fn, success=...)`` runs ``fn(ledger)`` on a QThreadPool worker with the open
Ledger, and ``success``/``failure`` are called later on the UI thread. Be careful not to call
any UI routine inside ``fn``: that may crash Qt. Cheap reads (one page of rows, one record)
may use ``read(fn)``, which runs synchronously on the calling thread.

After a successful op that changed data, ``changes().changed`` is emitted with what the
Ledger recorded as changed, so every page refreshes itself without knowing who changed what.
Widgets do not call ``run_op`` themselves: they call the named operations beside this module.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from dvdesktop.base.errors import UserError
from dvdesktop.core.ledger import Ledger

if TYPE_CHECKING:  # the type only: opening files is the window's (gui.app), not this module's
    from dvdesktop.safety.datafile import DataFile

T = TypeVar("T")

translate = QCoreApplication.translate

__all__ = [
    "Changes",
    "changes",
    "current_file",
    "current_ledger",
    "read",
    "run_op",
    "set_file",
    "show_error",
    "wait_for_ops",
]

#: After this long an op that is still running shows a progress indicator.
PROGRESS_DELAY_MS = 300

_file: DataFile | None = None


def set_file(file: DataFile) -> None:
    """Make ``file`` (open) the one every op and read uses (the window opens one file at a time)."""
    global _file
    _file = file


def current_file() -> DataFile:
    if _file is None:
        raise RuntimeError("no data file is open")  # a bug: the window opens one first
    return _file


def current_ledger() -> Ledger:
    return current_file().ledger


def read(fn: Callable[[Ledger], T]) -> T:
    """Run a cheap read (a page of rows, one record, a count) now, on this thread."""
    return fn(current_ledger())


class Changes(QObject):
    """Broadcast that data changed: ``changed(kinds)`` where kinds is a set of kind names
    ("meeting", ..., "unit", "trash", "settings"), or empty for "anything"."""

    changed = Signal(object)


_changes: Changes | None = None


def changes() -> Changes:
    global _changes
    if _changes is None:
        _changes = Changes()
    return _changes


class _Relay(QObject):
    """Lives on the UI thread; the worker emits its signals, Qt queues them to us."""

    finished = Signal(object, object)  # result, exception-or-None

    def __init__(self, op: _Op) -> None:
        super().__init__()
        self._op = op
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        self._op._done(result, error)


class _Worker(QRunnable):
    def __init__(self, fn: Callable[[Ledger], Any], ledger: Ledger, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._ledger, self._relay = fn, ledger, relay

    def run(self) -> None:  # worker thread: no widgets here
        changed: set[str] = set()
        try:
            # What the op's writes changed, as the Ledger records them (announced after it).
            with self._ledger.tracking() as changed:
                result, error = self._fn(self._ledger), None
        except BaseException as exc:  # noqa: BLE001 - delivered to the UI thread
            exc.__dvdesktop_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            result, error = None, exc
        try:
            self._relay.finished.emit((result, changed), error)
        except RuntimeError:
            pass  # the application is quitting and its objects are gone: nobody to tell


_running: set[_Op] = set()


class _Op:
    def __init__(self, parent: QWidget | None, fn: Callable[[Any], Any], *,
                 success: Callable[[Any], None] | None,
                 failure: Callable[[BaseException], bool | None] | None,
                 progress_text: str | None, touches: Iterable[str] | None,
                 progress: bool = True) -> None:
        self.parent = parent
        self.show_progress = progress
        self.fn = fn
        self.success = success
        self.failure = failure
        self.progress_text = progress_text
        self.touches = set(touches) if touches is not None else None
        self.relay = _Relay(self)
        self.progress: QProgressDialog | None = None
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._show_progress)

    def start(self, ledger: Ledger) -> None:
        _running.add(self)
        if self.show_progress:
            self.timer.start(PROGRESS_DELAY_MS)
        QThreadPool.globalInstance().start(_Worker(self.fn, ledger, self.relay))

    def _show_progress(self) -> None:
        text = self.progress_text or translate("Operations", "Đang xử lý, xin chờ…")
        dlg = QProgressDialog(text, "", 0, 0, self.parent)
        dlg.setCancelButton(None)
        dlg.setWindowTitle(translate("Operations", "Đang xử lý"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.show()
        self.progress = dlg

    def _done(self, outcome: Any, error: BaseException | None) -> None:
        self.timer.stop()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        _running.discard(self)
        if error is None:
            result, changed = outcome
            announced = set(changed) | (self.touches or set())
            if announced:
                changes().changed.emit(announced)
            if self.success is not None:
                self.success(result)
            return
        if self.failure is not None and self.failure(error):
            return  # the caller showed it (a form puts validation messages inline)
        show_error(self.parent, error)


def run_op(parent: QWidget | None, fn: Callable[[Any], T], *,
           success: Callable[[T], None] | None = None,
           failure: Callable[[BaseException], bool | None] | None = None,
           progress_text: str | None = None,
           touches: Iterable[str] | None = None,
           progress: bool = True) -> None:
    """Run ``fn(ledger)`` on a worker thread; then ``success(result)`` on the UI thread.

    :param failure: called with the exception on the UI thread; return True if it was
        handled (e.g. validation messages shown inline), else the standard dialog shows it
    :param progress_text: shown in a progress dialog if the op takes longer than 300 ms
    :param touches: what the op changes beyond what the Ledger records itself (``writing``
        announces each write's changes: record kinds, "unit", "settings", "trash" ...);
        only for work outside the Ledger, such as replacing the file
    :param progress: False when the caller shows its own progress (a bar with steps)
    """
    _Op(parent, fn, success=success, failure=failure, progress_text=progress_text,
        touches=touches, progress=progress).start(current_ledger())


_event_loop: QEventLoop | None = None


def process_events() -> None:
    """Deliver pending events and posted signals now.

    Goes through one QEventLoop instance: in PySide6 6.12 the static
    ``QCoreApplication.processEvents()`` (and ``sendPostedEvents``, ``QTest.qWait``) drop a
    reference to Python's ``None`` on every call, and a few thousand calls kill the process
    ("Fatal Python error: none_dealloc"). The instance method does not.
    """
    global _event_loop
    if QCoreApplication.instance() is None:
        return
    if _event_loop is None:
        _event_loop = QEventLoop()
    _event_loop.processEvents()


def wait_for_ops(timeout: float = 10.0) -> bool:
    """Process events until every running op has delivered (tests, closing the window)."""
    deadline = time.monotonic() + timeout
    while _running and time.monotonic() < deadline:
        process_events()
        time.sleep(0.005)
    return not _running


def field_error_text(fe: Any) -> str:
    """One FieldError in the window's language, its field label translated too."""
    return fe.translated(translate)


def error_text(error: BaseException) -> str:
    """What the user reads about ``error``: translated if it is one they can act on."""
    if isinstance(error, UserError):  # ValidationError joins its field errors
        return error.translated(translate)
    return str(error)


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """A plain message for a problem the user can act on; details for a bug.

    The box is opened non-blocking (``open``) so a worker's failure never nests an event loop.
    """
    box = QMessageBox(parent)
    if isinstance(error, UserError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Operations", "Chưa thực hiện được"))
        box.setText(error_text(error))
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("Operations", "Lỗi không mong đợi"))
        box.setText(translate(
            "Operations",
            "Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu trước đó không bị ảnh hưởng. "
            "Hãy chép phần chi tiết dưới đây gửi cho người hỗ trợ kỹ thuật."))
        details = getattr(error, "__dvdesktop_traceback__", None) or "".join(
            traceback.format_exception(error))
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Without a parent nothing else holds the box; keep it until it is closed.
    _boxes.append(box)
    box.finished.connect(lambda _r: _boxes.remove(box) if box in _boxes else None)
    box.open()
    return box


_boxes: list[QMessageBox] = []
