"""Operations: what the window does, one named function per user action (like Anki's
``aqt/operations``).

``records``, ``sheets``, ``reports``, ``send``, ``office`` and ``safety`` hold the actions, each
a keyword-only function that takes the widget it runs for (``parent``), the inputs, and
``success=`` (and where the widget shows the failure itself, ``failure=``) callbacks; each
calls one Qt-free function off the UI thread through the runner. The runner's names are
re-exported here: ``run_op``, ``read``, ``changes``, ``wait_for_ops`` ...
"""

from dvdesktop.operations.runner import (
    PROGRESS_DELAY_MS,
    Changes,
    _running,
    changes,
    current_file,
    current_ledger,
    error_text,
    field_error_text,
    process_events,
    read,
    run_op,
    set_file,
    show_error,
    wait_for_ops,
)

__all__ = [
    "PROGRESS_DELAY_MS",
    "Changes",
    "_running",
    "changes",
    "current_file",
    "current_ledger",
    "error_text",
    "field_error_text",
    "process_events",
    "read",
    "run_op",
    "set_file",
    "show_error",
    "wait_for_ops",
]
