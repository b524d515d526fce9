"""Long operations with steps: ``run_op`` with a progress bar the worker moves.

``run_steps(parent, lambda led, progress: export_package(led, ..., progress=progress), ...)``
runs on a worker thread like any op; each ``progress(fraction, text)`` it calls is carried
to the UI thread by a queued signal and moves a QProgressDialog. ``text`` may be a core
string marked with ``N_`` in ``context``: it is translated on arrival.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from dvdesktop.operations import runner as ops

translate = QCoreApplication.translate

Progress = Callable[[float, str], None]


class StepRelay(QObject):
    """Lives on the UI thread; the worker emits ``step``, Qt queues it here."""

    step = Signal(float, str)

    def __init__(self, dialog: QProgressDialog, context: str) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.context = context
        self.texts: list[str] = []
        self.step.connect(self._on_step, Qt.ConnectionType.QueuedConnection)

    @Slot(float, str)
    def _on_step(self, fraction: float, text: str) -> None:
        shown = translate(self.context, text) if text else ""
        self.texts.append(shown)
        if shown:
            self.dialog.setLabelText(shown)
        self.dialog.setValue(int(max(0.0, min(1.0, fraction)) * 100))


def run_steps(parent: QWidget | None, fn: Callable[[Any, Progress], Any], *, title: str, text: str,
              success: Callable[[Any], None] | None = None,
              failure: Callable[[BaseException], bool | None] | None = None,
              context: str = "Packages", touches: Iterable[str] | None = None) -> StepRelay:
    """Run ``fn(ledger, progress)`` off the UI thread with a progress bar from 0 to 100 %.

    The bar shows at once (these operations take seconds: a USB stick is slow) and closes
    before ``success`` or the error message. Returns the relay (tests read ``texts``).
    """
    dlg = QProgressDialog(text, "", 0, 100, parent)
    dlg.setObjectName("stepProgress")
    dlg.setWindowTitle(title)
    dlg.setCancelButton(None)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setMinimumDuration(0)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    dlg.setMinimumWidth(420)
    relay = StepRelay(dlg, context)
    dlg.setValue(0)
    dlg.show()

    def close() -> None:
        ops.process_events()  # the last steps first, then close
        dlg.close()
        dlg.deleteLater()

    def ok(result: Any) -> None:
        close()
        if success is not None:
            success(result)

    def bad(error: BaseException) -> bool | None:
        close()
        return failure(error) if failure is not None else None

    emit = relay.step.emit
    ops.run_op(parent, lambda led: fn(led, emit), success=ok, failure=bad, touches=touches,
               progress=False)
    return relay
