"""The pages for a body's units, one per file: ``import_page``, ``quarantine_page``,
``trust_page`` (the units' keys), ``status_page``, ``report_page`` (the consolidated report),
``profile_page``; the main window shows them as the group "Đơn vị trực thuộc"
(``mainwindow.units_nav_entries``); ``common`` and ``period_page`` are what they share."""
