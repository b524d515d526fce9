"""Nothing lost, nothing leaked: verified backups, restore, encryption at rest (Qt-free).

``backup``: automatic and by-hand backups (SQLite's backup API, fsync, rename, verify),
thinning, restore. ``crypto``: SQLCipher encryption of the unit's file with a passphrase
and a recovery key (``keyfile``). ``cli``: the ``backup``/``restore``/``encrypt``/
``passphrase``/``check`` commands.
"""
