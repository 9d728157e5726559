"""LinkChecker on the built site: internal links and anchors, raw HTML included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import plant_in_article


def linkchecker(site: Path) -> subprocess.CompletedProcess:
    """Internal links only (external ones are checked weekly in CI, they need the internet).

    The PDFs and the offline zip are written after the build (`make pdf`, the Pages workflow):
    their links are left out here, and tests/test_pdf.py checks that every linked file is made.
    """
    exe = Path(sys.executable).with_name("linkchecker")
    downloads = r"/downloads/[^/]+\.(pdf|zip)$"
    return subprocess.run(
        [
            str(exe),
            "--no-warnings",
            "--no-status",
            f"--ignore-url={downloads}",
            str(site / "index.html"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_built_site_has_no_broken_internal_links(built_site):
    result = linkchecker(built_site.site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors found" in result.stdout, result.stdout


def test_planted_broken_raw_html_link_is_caught(site_copy):
    plant_in_article(site_copy / "exam/index.html", '<a href="../no-such-page/">planted</a>')
    result = linkchecker(site_copy)
    assert result.returncode == 1, result.stdout
    assert "no-such-page" in result.stdout
