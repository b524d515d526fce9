"""The Qt-free core: domain, validation, periods, formatting, aggregation and the Ledger."""
