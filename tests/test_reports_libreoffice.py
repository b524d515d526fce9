"""The DOCX reports as a reader meets them: converted by LibreOffice, page for page the PDF.

Both the unit's report and the office's consolidated report are written as PDF and as
DOCX; LibreOffice (``soffice --headless --convert-to pdf``, its own throw-away profile so
parallel runs never share one) turns the DOCX into a PDF, and poppler reads both back.
Every page must hold the same words as the program's own page (the charts' labels are
pictures in the DOCX, vector text in the PDF), every chart must be a picture on the page
of its caption, the signature block must stay whole, and one font family must set every
letter. ``python3 dev.py test`` installs LibreOffice on Debian when run as root; elsewhere
these tests are skipped with the reason.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from dvdesktop.reports import content as c
from dvdesktop.reports.charts import SERIES_COLORS
from dvdesktop.reports.docx import render_document_docx
from dvdesktop.reports.pdf import render_document_pdf
from dvdesktop.reports.sample import SAMPLE_UNIT, sample_summary

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
POPPLER = all(shutil.which(t) for t in ("pdftotext", "pdffonts", "pdfimages", "pdfinfo"))


def _times_twin() -> str | None:
    """The family fontconfig gives LibreOffice for "Times New Roman"."""
    if not shutil.which("fc-match"):
        return None
    out = subprocess.run(["fc-match", "-f", "%{family}", "Times New Roman"], capture_output=True, text=True)
    return out.stdout.split(",")[0].strip() or None


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (Debian: libreoffice-writer-nogui; "
                                                "python3 dev.py test installs it when run as root)"),
    pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdffonts, pdfimages) is not installed"),
    pytest.mark.skipif(_times_twin() not in ("Liberation Serif", "Times New Roman"),
                       reason="no Times New Roman nor its metric twin Liberation Serif for LibreOffice "
                              "(Debian: fonts-liberation2)"),
]

DIRECTION = ("Tiếp tục đổi mới nội dung, phương thức công tác dân vận, bám sát cơ sở, lắng nghe ý kiến "
             "của nhân dân ({n}).")


def _convert(docx_files: list[Path], out_dir: Path, profile: Path) -> None:
    """One LibreOffice run for all files (its start-up is most of the time)."""
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, docx_files)],
        check=True, capture_output=True, timeout=300,
    )


def _unit_document(tmp: Path) -> c.ReportDocument:
    """The sample report with as many paragraphs of directions as it takes for the PDF to
    carry the signature block over to a new page, with the last paragraph: there a block
    that split, or that left the paragraph behind, would show."""
    for count in range(1, 60):
        doc = c.build_document(
            unit=SAMPLE_UNIT, summary=sample_summary(),
            texts={"limitations": "", "directions": "\n".join(DIRECTION.format(n=n) for n in range(1, count + 1))},
            number="12", issued=date(2026, 2, 5), fingerprint="0FAF 72A9 6FA0 1FF7",
        )
        pages = _page_words(render_document_pdf(doc, out=tmp / "probe.pdf"))
        last = DIRECTION.format(n=count).split()
        if pages[-1][1:1 + len(last)] == last:  # after the page number
            return doc
    raise AssertionError("the signature block never reached the top of a page")


def _consolidated_document(tmp: Path) -> c.ReportDocument:
    from test_packages_support import FakeLedger, export_fake

    from dvdesktop.safety.crypto import open_data_file

    from dvdesktop.office import import_paths, set_profile, trust
    from dvdesktop.office.render import build_consolidated_document
    from dvdesktop.packages import public_key_text

    db = open_data_file(tmp / "khoi.db").ledger
    try:
        set_profile(db, name="Đảng ủy Khối các cơ quan tỉnh", organisation="Đảng bộ Khối",
                    superior="Tỉnh ủy Nghệ An", place="Vinh", signer_name="Lê Văn Ký")
        # Enough units for the table by unit to run over a page and repeat its header.
        for i in range(1, 31):
            led = FakeLedger(f"CB-{i:02d}", seed=10 + i)
            trust(db, unit_code=f"CB-{i:02d}", pubkey_text=public_key_text(led))
            import_paths(db, [export_fake(led, tmp / f"u{i}")])
        return build_consolidated_document(db, period="2026-H1", issued=date(2026, 7, 15), number="5")
    finally:
        db.close()


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[c.ReportDocument, Path, Path]]:
    tmp = tmp_path_factory.mktemp("libreoffice")
    documents = {"bao-cao": _unit_document(tmp), "tong-hop": _consolidated_document(tmp)}
    for name, doc in documents.items():
        render_document_pdf(doc, out=tmp / f"{name}.pdf")
        render_document_docx(doc, out=tmp / f"{name}.docx")
    (tmp / "lo").mkdir()
    _convert([tmp / f"{n}.docx" for n in documents], tmp / "lo", tmp / "profile")
    return {n: (doc, tmp / f"{n}.pdf", tmp / "lo" / f"{n}.pdf") for n, doc in documents.items()}


def _page_words(pdf: Path) -> list[list[str]]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return [
        subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
                       capture_output=True, text=True, check=True).stdout.split()
        for n in range(1, pages + 1)
    ]


def _images_per_page(pdf: Path) -> Counter[int]:
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    return Counter(int(row[0]) for row in rows if row[2] == "image")


def _chart_words(doc: c.ReportDocument) -> set[str]:
    words: set[str] = set()
    for block in doc.blocks:
        if isinstance(block, c.Chart):
            for text in (*block.categories, *(name for name, _ in block.series), block.value_label):
                words.update(text.split())
    return words


def _is_leader(word: str) -> bool:
    return set(word) == {"."}  # a dotted line drawn by a tab leader reads as dots


@pytest.mark.parametrize("name", ["bao-cao", "tong-hop"])
def test_libreoffice_sets_the_docx_page_for_page_like_the_pdf(converted, name):
    doc, ours, theirs = converted[name]
    our_pages, their_pages = _page_words(ours), _page_words(theirs)
    assert len(their_pages) == len(our_pages) > 1
    images = _images_per_page(theirs)
    chart_words = _chart_words(doc)
    for number, (mine, lo) in enumerate(zip(our_pages, their_pages, strict=True), start=1):
        only_lo = {w: n for w, n in (Counter(lo) - Counter(mine)).items() if not _is_leader(w)}
        only_ours = Counter(mine) - Counter(lo)
        assert not only_lo, f"page {number}: LibreOffice has words the PDF has not: {only_lo}"
        # What only the PDF has is the text of its vector charts, pictures in the DOCX.
        if images[number]:
            only_ours = {w: n for w, n in only_ours.items() if w not in chart_words and not w.isdigit()}
        assert not only_ours, f"page {number}: LibreOffice lost words: {dict(only_ours)}"


def _bar_pixels(pdf: Path, page: int) -> int:
    """Pixels of the charts' first series colour on a page rendered at 40 dpi."""
    ppm = subprocess.run(["pdftoppm", "-r", "40", "-f", str(page), "-l", str(page), "-singlefile", str(pdf)],
                         capture_output=True, check=True).stdout
    width, height, _, data = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s(.*)", ppm, re.S).groups()
    target = tuple(int(SERIES_COLORS[0].hexval()[2:][i:i + 2], 16) for i in (0, 2, 4))
    pixels = (data[i:i + 3] for i in range(0, int(width) * int(height) * 3, 3))
    return sum(1 for px in pixels if all(abs(a - b) < 40 for a, b in zip(px, target, strict=True)))


@pytest.mark.parametrize("name", ["bao-cao", "tong-hop"])
def test_charts_are_whole_pictures_on_the_page_of_their_caption(converted, name):
    doc, ours, theirs = converted[name]
    captions = [b.caption for b in doc.blocks if isinstance(b, c.Chart)]
    images = _images_per_page(theirs)
    assert sum(images.values()) == len(captions)
    pages = [" ".join(words) for words in _page_words(theirs)]
    for caption in captions:
        page = next(n for n, text in enumerate(pages, start=1) if caption in text)
        assert images[page] >= 1, f"{caption!r} has no picture on page {page}"
        # The whole picture shows: a picture clipped to one line of text (exact line
        # spacing) is still in the file but shows a sliver of its bars.
        assert _bar_pixels(theirs, page) >= 0.8 * _bar_pixels(ours, page), caption


@pytest.mark.parametrize("name", ["bao-cao", "tong-hop"])
def test_signature_block_and_recipients_stay_on_one_page(converted, name):
    doc, _, theirs = converted[name]
    pages = [" ".join(words) for words in _page_words(theirs)]
    parts = [doc.signer_title, doc.signer_role, doc.signer_name, "Nơi nhận:", *doc.recipients]
    if doc.fingerprint_line:
        parts.append(doc.fingerprint_line)
    holding = {n for n, text in enumerate(pages, start=1) for part in parts if part in text}
    # The block closes the report; an appendix (the office's table by unit) follows it on
    # pages of its own.
    appendix = next((n for n, text in enumerate(pages, start=1) if text.split()[1:3] == ["PHỤ", "LỤC"]), None)
    assert bool(doc.appendix) == (appendix is not None)
    last = appendix - 1 if appendix else len(pages)
    assert holding == {last}, f"signature block spread over pages {sorted(holding)}"
    if name == "bao-cao":  # the block took the last paragraph with it onto the new page
        last_paragraph = [b for b in doc.blocks if isinstance(b, c.Paragraph)][-1].text.split()
        assert _page_words(theirs)[-1][1:1 + len(last_paragraph)] == last_paragraph


def test_the_table_by_unit_repeats_its_header_on_the_next_page(converted):
    doc, _, theirs = converted["tong-hop"]
    table = next(b for b in doc.appendix if isinstance(b, c.Table))
    pages = [" ".join(words) for words in _page_words(theirs)]
    first = next(n for n, text in enumerate(pages) if table.caption in text)
    following = pages[first + 1]
    assert table.caption not in following and "Tổng cộng" in following
    # The header row opens the next page too, before its first unit's row.
    for title in table.columns[1:]:
        assert following.index(title) < following.index("Chi bộ"), title


@pytest.mark.parametrize("name", ["bao-cao", "tong-hop"])
def test_one_font_family_sets_every_letter(converted, name):
    _, _, theirs = converted[name]
    listing = subprocess.run(["pdffonts", str(theirs)], capture_output=True, text=True, check=True).stdout
    fonts = [line.split()[0].split("+")[-1] for line in listing.splitlines()[2:] if line.strip()]
    # "LiberationSerif-Bold" -> LiberationSerif; "TimesNewRomanPS-BoldMT" -> TimesNewRoman
    families = {re.sub(r"(PS)?(MT)?$", "", re.split(r"[-,]", f)[0]) for f in fonts}
    assert families in ({"LiberationSerif"}, {"TimesNewRoman"}), fonts
    assert all(line.split()[-5] == "yes" for line in listing.splitlines()[2:] if line.strip())  # embedded
