"""Shared fixtures: the real data, one strict build per test run, and throw-away project copies."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from project_copy import copy_project  # noqa: E402  (used by fixtures and other tests)

DATA = ROOT / "data"
DOCS = ROOT / "docs"
CHROMIUM = next(
    filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None
)


@dataclass
class Build:
    returncode: int
    output: str
    site: Path


def world_readable_tempdir(prefix: str) -> Path:
    """LinkChecker run as root drops to user nobody, so the site must be readable by all."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    path.chmod(stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    return path


def run_build(project: Path, site: Path, extra_env: dict[str, str] | None = None) -> Build:
    """`mkdocs build --strict` (never -q: it hides warnings) into `site`."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "--site-dir", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return Build(proc.returncode, proc.stdout + proc.stderr, site)


@pytest.fixture(scope="session")
def built_site() -> Build:
    """The one strict build of the real project that the site-level tests read."""
    tmp = world_readable_tempdir("mla-site-")
    build = run_build(ROOT, tmp / "site")
    yield build
    shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def site_copy(built_site: Build) -> Path:
    """A world-readable copy of the built site to plant faults in."""
    tmp = world_readable_tempdir("mla-site-copy-")
    shutil.copytree(built_site.site, tmp / "site")
    yield tmp / "site"
    shutil.rmtree(tmp, ignore_errors=True)


def plant_in_article(page: Path, html: str) -> None:
    """Add raw HTML at the end of a built page's article (a planted fault for a checker)."""
    text = page.read_text(encoding="utf-8")
    assert "</article>" in text, page
    page.write_text(text.replace("</article>", html + "</article>", 1), encoding="utf-8")


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A copy of the project to plant faults in."""
    dest = tmp_path / "project"
    dest.mkdir()
    return copy_project(dest)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "data"
    shutil.copytree(DATA, dest)
    return dest


# --- a real browser (system Chromium through Playwright), for the tests that need one ---


@pytest.fixture(scope="module")
def site_url(built_site):
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(built_site.site)
    )
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "no system Chromium: .ci/run installs it with apt-get install chromium"
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.console_errors = errors
    yield tab
    context.close()


def pytest_sessionfinish(session, exitstatus):
    """A skipped test is a check that did not run: fail the run instead of passing quietly."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if skipped and exitstatus == 0:
        session.exitstatus = 1
        reporter.write_line(f"FAILED: {skipped} test(s) skipped; every test must run.", red=True)
