"""The PDF digest renders, and its pages (turned into PNG by poppler's pdftoppm) show the charts."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import matplotlib.image
import numpy as np
import pytest

from pantau.digest import build_digest, resolve_region, write_digest

# The bar colours of pantau/digest/charts.py: modus bars red, weekly bars blue.
MODUS_RED = (0xB0, 0x3A, 0x2E)
TREND_BLUE = (0x1F, 0x4E, 0x79)


def _pixels_near(page: np.ndarray, colour: tuple[int, int, int], tolerance: int = 12) -> int:
    rgb = (page[..., :3] * 255).astype(int)
    return int((np.abs(rgb - np.array(colour)).max(axis=-1) <= tolerance).sum())


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils (apt-get install poppler-utils)")
def test_pdf_pages_show_the_charts(store, tmp_path: Path) -> None:
    digest = build_digest(store, resolve_region("Jambi"), date(2026, 11, 16), date(2026, 11, 22))
    pdf = write_digest(digest, "pdf", "id", tmp_path / "jambi.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(tmp_path / "page")], check=True, timeout=120)
    pages = [matplotlib.image.imread(path) for path in sorted(tmp_path.glob("page-*.png"))]
    assert pages
    assert max(_pixels_near(page, MODUS_RED) for page in pages) > 500
    assert max(_pixels_near(page, TREND_BLUE) for page in pages) > 200
