"""The receiving office: trust unit keys, import packages, track who reported, consolidate."""

from dvdesktop.office.consolidate import consolidate, sum_summaries
from dvdesktop.office.db import (
    get_period_text,
    get_profile,
    next_document_number,
    open_office,
    set_period_text,
    set_profile,
)
from dvdesktop.office.errors import OfficeError
from dvdesktop.office.importer import (
    ImportResult,
    find_packages,
    import_bytes,
    import_paths,
    key_history,
    quarantine_list,
    release_quarantine,
    scan_packages,
    trust,
    trust_quarantined,
    units,
)
from dvdesktop.office.render import render_consolidated
from dvdesktop.office.status import UnitStatus, get_due, set_due, status

__all__ = [
    "ImportResult",
    "OfficeError",
    "UnitStatus",
    "consolidate",
    "find_packages",
    "get_due",
    "get_period_text",
    "get_profile",
    "import_bytes",
    "import_paths",
    "key_history",
    "next_document_number",
    "open_office",
    "quarantine_list",
    "release_quarantine",
    "render_consolidated",
    "scan_packages",
    "set_due",
    "set_period_text",
    "set_profile",
    "status",
    "sum_summaries",
    "trust",
    "trust_quarantined",
    "units",
]
