"""Errors of the receiving office the operator can act on."""

from __future__ import annotations

from dvdesktop.base.errors import UserError


class OfficeError(UserError):
    """Unknown unit, bad key file, bad date: ``str(err)`` is a Vietnamese message."""

    context = "Office"
