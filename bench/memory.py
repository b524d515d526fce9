"""Resident memory of this process, for the memory rows (Linux /proc; elsewhere ru_maxrss)."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["reset_peak", "rss_mb"]


def rss_mb() -> dict[str, float]:
    """Current and peak resident memory of this process, MiB (Linux /proc; else ru_maxrss)."""
    out: dict[str, float] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                out["rss" if line.startswith("VmRSS") else "peak"] = int(line.split()[1]) / 1024
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        out["peak"] = out["rss"] = peak / 1024 / (1024 if sys.platform == "darwin" else 1)
    return out


def reset_peak() -> None:
    """Start a new peak-RSS window (Linux: writing 5 to clear_refs resets VmHWM)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
