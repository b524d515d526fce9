"""Exceptions: what the user can act on (UserError, ValidationError) versus bugs (anything else)."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from dvdesktop.base.i18n import Translator, identity

#: Message parameters that are themselves marked core strings (a field's label, a record
#: kind's name), with their lupdate context: translated along with the template.
MARKED_PARAMS = {"label": "Fields", "kind": "Kinds"}


def translate_params(params: dict[str, Any], tr: Translator) -> dict[str, Any]:
    return {k: tr(MARKED_PARAMS[k], v) if k in MARKED_PARAMS and isinstance(v, str) else v
            for k, v in params.items()}


class UserError(Exception):
    """A problem the user can act on; ``str(err)`` is a plain Vietnamese message.

    ``context``/``template``/``params`` let the window translate it (see base.i18n).
    """

    context = "Errors"

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)

    def translated(self, tr: Translator = identity) -> str:
        text = tr(self.context, self.template)
        return text.format(**translate_params(self.params, tr)) if self.params else text


class SchemaTooNewError(UserError):
    """The file was written by a newer dvdesktop; we refuse to touch it."""


class DatabaseLockedError(UserError):
    """Another program holds the database file."""


class StorageError(UserError):
    """Disk full, read-only folder, removed drive: the write did not happen."""


class WrongPassphraseError(UserError):
    """The passphrase does not open the encrypted database."""


@dataclass
class FieldError:
    """One rule broken by one field. ``message`` is the formatted Vietnamese text."""

    field: str
    template: str
    params: dict[str, Any] = dc_field(default_factory=dict)
    context: str = "Validation"

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def translated(self, tr: Translator = identity) -> str:
        return tr(self.context, self.template).format(**translate_params(self.params, tr))

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message}


class ValidationError(UserError):
    """Input broke one or more rules; nothing was written.

    ``errors`` lists each broken rule; ``index`` is the position in a batch, if any.
    """

    def __init__(self, errors: list[FieldError], *, index: int | None = None) -> None:
        self.errors = errors
        self.index = index
        self.template = "\n".join(e.message for e in errors)
        self.params = {}
        Exception.__init__(self, self.template)

    def translated(self, tr: Translator = identity) -> str:
        return "\n".join(e.translated(tr) for e in self.errors)

    def by_field(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for e in self.errors:
            out.setdefault(e.field, []).append(e.message)
        return out
