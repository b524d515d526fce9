"""Languages: Vietnamese is the source; English comes from i18n/dvdesktop_en.qm, core messages too."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_gui_support import OFFSCREEN_NOTICE, gui_ledger, open_new, save, type_into, window  # noqa: F401
from tests.conftest import plain_file

pytestmark = [pytest.mark.gui, OFFSCREEN_NOTICE]

I18N = Path(__file__).resolve().parents[1] / "i18n"


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    from dvdesktop.gui import i18n

    i18n.install("en")
    yield
    i18n.install("vi")


def test_english_window_labels_and_core_messages(english: None, window: Any, gui_ledger: Any, qtbot: Any) -> None:
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels[:4] == ["Overview", "Meetings", "Dialogues", "Citizen reception"]
    assert window.menuBar().actions()[0].text() == "&File"
    dlg = open_new(window, "meeting", qtbot)
    assert dlg.form.findChild(type(dlg.general_error), "label_members_present").text() == "Party members present"
    type_into(qtbot, dlg, "title", "Chi bộ")
    type_into(qtbot, dlg, "members_expected", "20")
    type_into(qtbot, dlg, "members_present", "25")
    save(qtbot, dlg)
    assert gui_ledger.count("meeting") == 0
    assert dlg.binder.errors["members_present"].text() == (
        "Party members present: 25 is more than the Party members summoned (20).")
    choices = [dlg.binder.widgets["kind"].itemText(i) for i in range(2)]
    assert choices == ["Study of a resolution", "Regular cell meeting"]


def test_english_numbers_and_periods(english: None, window: Any, gui_ledger: Any) -> None:
    gui_ledger.add("meeting", {"date": "2026-03-02", "title": "A", "members_expected": 2000,
                               "members_present": 1500, "others_present": 1200})
    page = window.go("meeting")
    row = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert "1,500/2,000" in row and "1,200" in row and "02/03/2026" in row
    assert page.period_combo.itemText(0) == "All"
    assert "first half of 2026" in [page.period_combo.itemText(i) for i in range(page.period_combo.count())]


def test_catalogues_are_complete() -> None:
    """Every string lupdate found has an English translation; Vietnamese is the identity."""
    for lang in ("en", "vi"):
        root = ET.parse(I18N / f"dvdesktop_{lang}.ts").getroot()
        messages = list(root.iter("message"))
        assert len(messages) > 300
        for m in messages:
            tr = m.find("translation")
            assert tr is not None and tr.get("type") is None and tr.text, m.findtext("source")
            if lang == "vi":
                assert tr.text == m.findtext("source")
        assert (I18N / f"dvdesktop_{lang}.qm").stat().st_size > 1000


def test_core_strings_reach_the_catalogue() -> None:
    """lupdate saw the core's N_() marks (domain labels, validation messages, periods)."""
    sources = {m.findtext("source") for m in ET.parse(I18N / "dvdesktop_en.ts").getroot().iter("message")}
    from dvdesktop.core.domain import CHOICE_LABELS, KINDS, UNIT_FIELDS

    for spec in KINDS.values():
        assert spec.label in sources
        for f in spec.fields:
            assert f.label in sources
            assert not f.help or f.help in sources
    assert all(f.label in sources for f in UNIT_FIELDS)
    assert all(text in sources for labels in CHOICE_LABELS.values() for text in labels.values())
    assert "{label}: chưa nhập (bắt buộc)." in sources
    assert "6 tháng đầu năm {year}" in sources


def test_english_office_window_and_safety_texts(english: None, tmp_path: Path, qtbot: Any) -> None:
    from dvdesktop import operations as ops
    from dvdesktop.gui.mainwindow import MainWindow, units_nav_entries
    from dvdesktop.gui.safety_dialogs import RecoveryKeyDialog
    from dvdesktop.safety.crypto import open_data_file

    db = open_data_file(tmp_path / "khoi.db").ledger
    ops.set_file(plain_file(db))
    win = MainWindow(units=True)
    qtbot.addWidget(win)
    labels = [win.nav.item(i).text() for i in range(win.nav.count())]
    units = labels[-len(units_nav_entries()) - 1:]
    assert units == ["Reporting units", "Receive packages", "Quarantine", "Units",
                     "Reporting status", "Consolidated report", "Office details"]
    assert win.page("quarantine").confirm_button.text() == "Confirm fingerprint"
    dlg = RecoveryKeyDialog("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.addWidget(dlg)
    assert dlg.confirm.text() == "I have written down the recovery key"
    win.close()
    db.close()
