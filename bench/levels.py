"""Through the levels at scale: a province of communes, each holding its chi bộ's packages.

Each commune is a body file that imports its chi bộ's real signed packages (``data.packages``)
and sends its package upward (``export_upward``); the province imports the communes'
packages and writes its report of the whole đảng bộ. Measured: the province's import and
report, at ``communes`` and at ``communes * scale`` (the full run: 100 communes of 30 chi bộ,
3,100 packages in all), against linear growth.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

from bench import data
from bench.memory import reset_peak, rss_mb

__all__ = ["province"]


def province(work_dir: Path, communes: int, cells: int) -> dict[str, Any]:
    """Build ``communes`` communes of ``cells`` chi bộ under ``work_dir``; time the province's import and
    report, and how far the process's peak resident memory rose above its size before them (MiB)."""
    from dvdesktop.office import consolidate, find_packages, import_paths, render_body_report, trust
    from dvdesktop.office.levels import export_upward
    from dvdesktop.packages import public_key_text
    from dvdesktop.safety.crypto import open_data_file

    period = str(data.REPORT_YEAR)
    paths, keys = data.packages(communes * cells)
    files = sorted(find_packages(paths), key=lambda p: p.name)
    work = work_dir / f"levels-{communes}"
    shutil.rmtree(work, ignore_errors=True)
    up = work / "up"
    up.mkdir(parents=True)
    commune_keys = {}
    for k in range(communes):
        code = f"XA-{k + 1:04d}"
        with open_data_file(work / f"{code}.db") as file:
            led = file.ledger
            led.set_unit({"code": code, "name": f"Đảng ủy xã {k + 1}", "type": "xa_phuong",
                          "superior": "Tỉnh ủy"})
            chunk = files[k * cells:(k + 1) * cells]
            with led.writing("received"):
                for f in chunk:
                    unit = f.name.split("_")[0]
                    trust(led, unit_code=unit, pubkey_text=keys[unit])
            results = import_paths(led, chunk)
            if any(r.outcome != "accepted" for r in results):
                raise RuntimeError(f"{code}: {[(r.path, r.outcome, r.reason) for r in results if not r.ok]}")
            export_upward(led, period=period, out_dir=up)
            commune_keys[code] = public_key_text(led)
    with open_data_file(work / "tinh.db") as file:
        led = file.ledger
        led.set_unit({"code": "TINH", "name": "Tỉnh ủy", "type": "dang_bo_co_so", "superior": "Trung ương"})
        with led.writing("received"):
            for code, pub in commune_keys.items():
                trust(led, unit_code=code, pubkey_text=pub)
        reset_peak()
        before = rss_mb()["rss"]
        t0 = time.perf_counter()
        results = import_paths(led, [up])
        t_import = time.perf_counter() - t0
        if [r.outcome for r in results] != ["accepted"] * communes:
            raise RuntimeError(f"province import: {[(r.path, r.outcome, r.reason) for r in results if not r.ok]}")
        t0 = time.perf_counter()
        render_body_report(led, period=period, out=work / "tinh.pdf")
        t_report = time.perf_counter() - t0
        grown = rss_mb()["peak"] - before
        tree = consolidate(led, period=period)["units"]["tree"]
    # Every chi bộ package below is a tổ chức cơ sở đảng of its own (the bench's units are of
    # the cơ sở types), so the communes above them are cấp trên cơ sở and not counted.
    if tree["co_so"] != communes * cells:
        raise RuntimeError(f"counted {tree['co_so']} organisations through the levels, not {communes * cells}")
    shutil.rmtree(work, ignore_errors=True)
    return {"import_s": t_import, "report_s": t_report, "packages": communes * (cells + 1), "peak_mib": grown}

