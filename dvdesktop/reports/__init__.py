"""Party-format reports (PDF, DOCX), the Sổ tiếp công dân and XLSX exports; Qt-free.

Entry points: ``build.build_report`` / ``build.build_register`` from a Ledger,
``pdf.render_report_pdf`` and ``docx.render_report_docx`` from a summary dict,
``register.render_register_pdf``, ``xlsx.export_rows``. See docs/report-format.md.
"""
