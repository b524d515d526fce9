"""The main window's pages, one per file: ``overview``, ``records`` (the list of one record
kind), ``reception`` (its list with deadlines, one vụ việc), ``reports``, ``send``, ``trash``,
``settings``; ``period_page`` is what the reports and send pages share."""
