"""A unit set up: its profile and its signing key (the key's fingerprint prints on the first
report and the superior office compares it). What the first start of the window and
``dvdesktop init`` do."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dvdesktop.core.ledger import Ledger
from dvdesktop.packages.keys import ensure_signing_key
from dvdesktop.safety import crypto
from dvdesktop.safety.datafile import DataFile

__all__ = ["create_unit_file", "set_up_unit"]


def set_up_unit(ledger: Ledger, unit: Mapping[str, Any]) -> dict[str, Any]:
    """Save the unit's profile (validated), then make its signing key if it has none yet;
    return the profile as saved."""
    saved = ledger.set_unit(unit)
    ensure_signing_key(ledger)
    return saved


def create_unit_file(path: str | Path, *, unit: Mapping[str, Any],
                     passphrase: str | None = None) -> tuple[DataFile, str | None]:
    """A new data file for ``unit``, encrypted from its first page when ``passphrase`` is
    given; return it open with the recovery key to show once (None when not encrypted)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if passphrase:
        made = crypto.create_encrypted(path, passphrase)
        file, recovery = made.file, made.recovery_key
    else:
        file, recovery = crypto.open_data_file(path), None
    set_up_unit(file.ledger, unit)
    return file, recovery
