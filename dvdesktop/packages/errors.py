"""The one exception of summary packages: what went wrong, in one Vietnamese sentence."""

from __future__ import annotations

from dvdesktop.base.errors import UserError


class PackageError(UserError):
    """A package could not be written or was refused; ``str(err)`` is the one reason.

    ``code`` is a stable machine word (``bad_signature``, ``missing_file``...) so the
    office can store and count refusals without parsing the Vietnamese message.
    """

    context = "Packages"

    def __init__(self, template: str, /, *, code: str = "invalid", **params: object) -> None:
        super().__init__(template, **params)
        self.code = code
