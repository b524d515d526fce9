"""The desktop window (PySide6). Widgets only; data goes through dvdesktop.operations."""
