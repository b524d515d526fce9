"""The receiving side's window and its pages, one per file: ``import_page``, ``quarantine_page``,
``trust_page`` (the units' keys), ``status_page``, ``report_page`` (the consolidated report),
``profile_page``; ``window`` puts them in a main window, ``common`` and ``period_page`` are
what they share."""
