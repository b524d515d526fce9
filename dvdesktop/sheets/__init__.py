"""Records in and out of Excel: one sheet per kind, the same columns both ways.

``export_records`` writes a list of records as a typed workbook (real dates, numbers,
rates as percentages, choices by their Vietnamese labels); ``write_template`` writes the
same columns empty, with drop-downs and a guide; ``preview_import`` reads a workbook (or a
UTF-8/UTF-16 CSV) back into records with every problem named by row and column, before
anything is saved; ``commit_import`` stores them all or none. Qt-free: the command line
and the window both use it.
"""

from dvdesktop.sheets.columns import (
    MASK,
    SHEET_TITLES,
    RecordColumn,
    record_columns,
)
from dvdesktop.sheets.export import (
    export_records,
    proposed_file_name,
    template_file_name,
    write_records,
    write_template,
)
from dvdesktop.sheets.importer import (
    ImportPreview,
    ImportRefused,
    Issue,
    PreviewRow,
    commit_import,
    preview_import,
)

__all__ = [
    "MASK",
    "SHEET_TITLES",
    "ImportPreview",
    "ImportRefused",
    "Issue",
    "PreviewRow",
    "RecordColumn",
    "commit_import",
    "export_records",
    "preview_import",
    "proposed_file_name",
    "record_columns",
    "template_file_name",
    "write_records",
    "write_template",
]
