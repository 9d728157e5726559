"""The site in a real browser: search, palette, keyboard access, console, Lighthouse."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import CHROMIUM, ROOT

sys.path.insert(0, str(ROOT / "tools"))
from serve_gzip import serve  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"


def search(page, site_url: str, words: str) -> list[str]:
    page.goto(f"{site_url}/")
    page.locator(".md-search__input").first.click()
    page.keyboard.type(words, delay=30)  # the search box reacts to key presses
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15000)
    return results.evaluate_all("links => links.map(a => a.href)")


def test_search_finds_a_service_by_its_name(page, site_url):
    assert any("/ingestion/streaming/" in href for href in search(page, site_url, "Firehose"))


def test_search_finds_a_metric_by_its_abbreviation(page, site_url):
    hits = search(page, site_url, "DPL")
    assert any("/preparation/data-quality-and-bias/" in href for href in hits), hits


def test_palette_toggle_switches_and_is_remembered(page, site_url):
    page.emulate_media(color_scheme="light")
    page.goto(f"{site_url}/exam/")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "default"
    # Three states (system, light, dark): step until dark, as a reader would.
    for _ in range(3):
        if page.evaluate(scheme) == "slate":
            break
        page.locator("form[data-md-component=palette] label:visible").first.click()
    assert page.evaluate(scheme) == "slate"
    page.reload()
    assert page.evaluate(scheme) == "slate", "the chosen palette is forgotten on reload"


def test_skip_link_comes_first_and_focus_is_visible(page, site_url):
    page.goto(f"{site_url}/ingestion/streaming/")
    page.keyboard.press("Tab")
    skip = page.evaluate(
        "[document.activeElement.className, document.activeElement.getAttribute('href')]"
    )
    assert "md-skip" in skip[0] and skip[1].startswith("#")
    assert page.locator("a.md-skip").is_visible(), "the skip link stays hidden when focused"
    page.locator("article a[href^='#'], article a[href^='../']").first.focus()
    outline = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth, s.boxShadow]; })()"
    )
    assert outline[0] != "none" or outline[2] != "none", f"no visible focus: {outline}"


def test_no_page_logs_a_console_error(page, site_url, built_site):
    site = built_site.site
    pages = sorted(
        "" if p.parent == site else p.parent.relative_to(site).as_posix() + "/"
        for p in site.rglob("index.html")
        if "assets" not in p.parts and "search" not in p.parts
    )
    for path in pages:
        page.goto(f"{site_url}/{path}")
    page.wait_for_load_state("networkidle")
    assert len(pages) > 40 and page.console_errors == []


# --- Lighthouse -------------------------------------------------------------------------------

LIGHTHOUSE_PAGES = {"home": "", "content": "deployment/cicd/", "practice": "practice/domain-1/"}


@pytest.fixture(scope="module")
def gzip_site(built_site):
    server, url = serve(built_site.site)
    yield url
    server.shutdown()


@pytest.mark.parametrize("path", LIGHTHOUSE_PAGES.values(), ids=LIGHTHOUSE_PAGES.keys())
def test_lighthouse_accessibility_best_practices_and_seo_score_100(gzip_site, path):
    """Performance is measured by `make bench`, not asserted: it varies with the machine's load."""
    assert LIGHTHOUSE.exists(), "run `make install` (npm package lighthouse)"
    flags = (
        "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
        "--disable-component-update --disable-sync --no-first-run --disable-quic"
    )
    proc = subprocess.run(
        [str(LIGHTHOUSE), f"{gzip_site}/{path}", "--quiet", f"--chrome-flags={flags}"]
        + ["--only-categories=accessibility,best-practices,seo", "--output=json"]
        + ["--output-path=stdout"],
        env={**os.environ, "CHROME_PATH": CHROMIUM or "/usr/bin/chromium"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(proc.stdout)
    scores = {k: round(v["score"] * 100) for k, v in report["categories"].items()}
    failing = [a["id"] for a in report["audits"].values() if a.get("score") == 0]
    assert scores == {"accessibility": 100, "best-practices": 100, "seo": 100}, (scores, failing)
