"""Signed summary packages (BagIt + minisign) a unit carries to its superior office."""

from dvdesktop.packages.bag import EXTENSION, PACKAGE_SCHEMA
from dvdesktop.packages.errors import PackageError
from dvdesktop.packages.export import deidentify, export_package, package_name
from dvdesktop.packages.keys import (
    ensure_signing_key,
    fingerprint,
    key_id,
    load_public_key,
    public_key_text,
)
from dvdesktop.packages.minimise import FREE_TEXT, LEAVES, case_pseudonym, find_case, minimise
from dvdesktop.packages.rotation import KeyRotation, rotate_signing_key
from dvdesktop.packages.setup import create_unit_file, set_up_unit
from dvdesktop.packages.screen import Finding, PersonalDataFound, Screening, screen_export
from dvdesktop.packages.verify import VerifiedPackage, verify_bytes, verify_package

__all__ = [
    "EXTENSION",
    "FREE_TEXT",
    "LEAVES",
    "Finding",
    "KeyRotation",
    "PersonalDataFound",
    "Screening",
    "case_pseudonym",
    "create_unit_file",
    "set_up_unit",
    "find_case",
    "minimise",
    "screen_export",
    "PACKAGE_SCHEMA",
    "PackageError",
    "VerifiedPackage",
    "deidentify",
    "ensure_signing_key",
    "export_package",
    "fingerprint",
    "key_id",
    "load_public_key",
    "package_name",
    "public_key_text",
    "rotate_signing_key",
    "verify_bytes",
    "verify_package",
]
