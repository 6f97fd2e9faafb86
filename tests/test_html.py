"""The self-contained HTML report, rendered for the fixtures and checked in a real
headless browser (Debian's chromium) when one is installed."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from claimcheck import Document, load_documents
from claimcheck.conflicts.check import check
from claimcheck.report.html import render_html

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(check(load_documents(REPO / "fixtures")))


def test_self_contained(page: str) -> None:
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert "<style>" in page
    assert "<script" not in page and "<link" not in page and "@import" not in page
    assert not re.search(r"""\bsrc\s*=""", page)  # no images, frames or scripts from anywhere
    assert not re.search(r"""url\(\s*['"]?(https?:)?//""", page)  # nor CSS assets
    # the only http(s) references are links to the articles themselves
    for m in re.finditer(r"""(href)\s*=\s*["'](https?:[^"']*)""", page):
        assert re.search(r"<a href=\"" + re.escape(m.group(2)), page)


def test_summary_groups_charts_and_marks(page: str) -> None:
    assert "10 conflict(s) across 5 document(s)" in page
    assert page.count('<article class="conflict') == 10
    assert "<h2>residents — Hodeidah</h2>" in page
    assert "<mark>115,000</mark>" in page and "<mark>over 70,000</mark>" in page
    assert page.count("<svg") >= 2
    chart = page[page.index("<h2>residents — Hodeidah</h2>"):]
    chart = chart[:chart.index("</svg>")]
    assert "Red Sea Dispatch: 115,000" in chart and "Gulf Wire: about 60,000" in chart
    assert "<polygon" in chart  # the open bound of "over 70,000" is an arrow


def test_escapes_text() -> None:
    docs = [Document(id="<a>.txt", outlet="A & <B>", text="Rescuers said 250 miners were trapped in Zonguldak <today>."),
            Document(id="b", outlet="\"Q\"", text="Officials said 600 miners were trapped in Zonguldak.")]
    html = render_html(check(docs))
    assert "<B>" not in html and "A &amp; &lt;B&gt;" in html
    assert "&lt;today&gt;" in html and "&lt;a&gt;.txt" in html


def test_no_conflicts() -> None:
    html = render_html(check([Document(id="a", text="About 250 miners were trapped in Zonguldak.")]))
    assert "No conflicts" in html and "0 conflict(s)" in html


# -- screenshot in a real browser -------------------------------------------------------
def _png_info(data: bytes) -> tuple[int, int, int]:
    """(width, height, number of distinct bytes in the decoded pixels): a tiny PNG
    reader, enough to tell a rendered page from a blank one without Pillow."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    pixels = zlib.decompress(idat)
    return width, height, len(set(pixels[: 4_000_000]))


def test_screenshot_in_headless_chromium(page: str, tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (apt-get install chromium); the HTML is checked without a browser")
    html = tmp_path / "report.html"
    html.write_text(page, encoding="utf-8")
    png = tmp_path / "report.png"
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={png}", "--window-size=1200,1600", html.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert png.exists(), f"chromium wrote no screenshot (exit {proc.returncode}): {proc.stderr[-2000:]}"
    data = png.read_bytes()
    assert len(data) > 20_000, "the screenshot is suspiciously small (a blank page?)"
    width, height, distinct = _png_info(data)
    assert (width, height) == (1200, 1600)
    assert distinct > 50, "the screenshot is (nearly) one colour"
