"""The receiving side of a body: trust its units' keys, import their packages, track who
reported, consolidate. Its tables live in the body's own data file and every function takes
the body's ``Ledger`` (one connection, its lock, one transaction per action, audited, each
write announced as ``"received"``)."""

from dvdesktop.office.consolidate import consolidate, has_accepted, sum_summaries
from dvdesktop.office.errors import OfficeError
from dvdesktop.office.importer import (
    RECEIVED,
    ImportResult,
    find_packages,
    import_bytes,
    import_paths,
    key_history,
    quarantine_list,
    receive_packages,
    register_key,
    release_quarantine,
    scan_packages,
    trust,
    trust_quarantined,
    units,
)
from dvdesktop.office.levels import export_upward, set_successor, trace, tree
from dvdesktop.office.profile import PROFILE_FIELDS, get_profile, set_profile
from dvdesktop.office.render import render_body_report, render_consolidated
from dvdesktop.office.status import UnitStatus, get_due, period_key, set_due, status

__all__ = [
    "PROFILE_FIELDS",
    "RECEIVED",
    "ImportResult",
    "OfficeError",
    "UnitStatus",
    "consolidate",
    "export_upward",
    "find_packages",
    "get_due",
    "get_profile",
    "has_accepted",
    "import_bytes",
    "import_paths",
    "key_history",
    "period_key",
    "quarantine_list",
    "receive_packages",
    "register_key",
    "release_quarantine",
    "render_body_report",
    "render_consolidated",
    "scan_packages",
    "set_due",
    "set_profile",
    "set_successor",
    "status",
    "sum_summaries",
    "trace",
    "tree",
    "trust",
    "trust_quarantined",
    "units",
]
