"""The offline build: a zip that works from disk (file://) with no request to any other origin."""

from __future__ import annotations

import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import CHROMIUM, ROOT, run_build, world_readable_tempdir

sys.path.insert(0, str(ROOT / "tools"))
from make_zip import make_zip  # noqa: E402


@pytest.fixture(scope="module")
def unzipped() -> Path:
    tmp = world_readable_tempdir("mla-offline-")
    build = run_build(ROOT, tmp / "site", {"OFFLINE": "true"})
    assert build.returncode == 0, build.output
    archive = tmp / "offline.zip"
    make_zip(tmp / "site", archive)
    with zipfile.ZipFile(archive) as z:
        z.extractall(tmp / "unzipped")
    yield tmp / "unzipped" / "mla-c01-study-guide"
    shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="module")
def offline_page():
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "no system Chromium: .ci/run installs it with apt-get install chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context()
        outside: list[str] = []

        def block(route):  # nothing may leave file://: count it and refuse it
            outside.append(route.request.url)
            route.abort()

        context.route(lambda url: not url.startswith("file://"), block)
        page = context.new_page()
        page.outside_requests = outside
        yield page
        browser.close()


def test_zip_holds_the_pages_the_search_index_and_the_worker_shim(unzipped):
    for name in (
        "index.html",
        "ingestion/streaming.html",  # no directory URLs: links work from disk
        "search/search_index.js",
        "assets/vendor/iframe-worker/shim.js",
    ):
        assert (unzipped / name).is_file(), name


def test_from_disk_navigation_search_and_quiz_work_without_the_network(offline_page, unzipped):
    page = offline_page
    page.goto((unzipped / "index.html").as_uri())
    page.locator('a[href="exam/index.html"]').first.click()
    page.wait_for_url("**/exam/index.html")
    page.wait_for_load_state("load")  # the URL changes before the new page has been parsed
    assert page.locator("svg[role=img]").count() >= 1  # the weight chart is inline SVG
    assert page.locator("math").count() >= 1  # MathML, no math library to fetch

    page.locator(".md-search__input").first.click()
    page.keyboard.type("Firehose", delay=30)  # the search box reacts to key presses
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15000)
    assert results.count() > 0

    page.goto((unzipped / "practice" / "domain-1.html").as_uri())
    form = page.locator("form.question").first
    right = form.get_attribute("data-answer")
    form.locator(f'input[value="{right}"]').check()
    form.locator("button.q-check").click()
    assert form.locator(".q-feedback").inner_text() == "✓ Correct."

    page.goto((unzipped / "practice" / "mock-exam.html").as_uri())
    page.locator("button.mock-start-button").click()
    assert page.locator(".mock-bank .q-item:visible").count() == 65

    assert page.outside_requests == []
