"""Quality gates on every built page: axe-core in both palettes, and the Nu HTML Checker."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from .conftest import ROOT, plant_in_article

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# The only theme message filtered, and why: Material's base.html puts autocomplete="off" on its
# checkbox toggles (drawer, search) so that Firefox does not restore them on reload. Fixing it
# would mean copying the theme's whole base template; nothing of the site's own is filtered.
THEME_MESSAGES = ("Attribute “autocomplete” is only allowed when the input type is",)


def site_pages(site) -> list[str]:
    return sorted(
        ("" if p.parent == site else p.parent.relative_to(site).as_posix() + "/")
        for p in site.rglob("index.html")
        if "assets" not in p.parts and "search" not in p.parts
    )


# --- axe-core ---------------------------------------------------------------------------------


def axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page)
    return [
        f"{v['id']}: {node['target']} ({(node.get('failureSummary') or '').splitlines()[1:2]})"
        for v in result.response["violations"]
        for node in v["nodes"]
    ]


def test_every_page_passes_axe_in_the_light_and_the_dark_palette(browser, site_url, built_site):
    """The palette follows the system setting by default, so emulating it switches the page."""
    pages = site_pages(built_site.site)
    context = browser.new_context()
    tab = context.new_page()
    found = {}
    for path in pages:
        tab.emulate_media(color_scheme="light")
        tab.goto(f"{site_url}/{path}")
        for scheme in ("light", "dark"):
            tab.emulate_media(color_scheme=scheme)
            expected = "slate" if scheme == "dark" else "default"
            tab.wait_for_function(
                f"document.body.getAttribute('data-md-color-scheme') === '{expected}'"
            )
            tab.wait_for_timeout(300)  # the theme fades colours in; measure them settled
            if violations := axe_violations(tab):
                found[f"{path or 'home'} ({scheme})"] = violations
    context.close()
    assert len(pages) > 40
    assert found == {}


def test_planted_accessibility_faults_are_caught(page, site_url):
    page.goto(f"{site_url}/exam/")
    page.evaluate(
        """() => {
        const p = document.createElement('p');
        p.textContent = 'planted low contrast';
        p.style.color = '#bbbbbb';
        document.querySelector('article').append(p, document.createElement('img'));
    }"""
    )
    rules = {v.split(":")[0] for v in axe_violations(page)}
    assert {"color-contrast", "image-alt"} <= rules


# --- Nu HTML Checker ------------------------------------------------------------------------


def vnu_errors(path) -> list[str]:
    java = shutil.which("java")
    assert java, "Java is needed for the Nu HTML Checker (.ci/run installs default-jre-headless)"
    assert VNU_JAR.is_file(), "run `make install` (npm package vnu-jar)"
    proc = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--skip-non-html"]
        + [str(path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(proc.stderr or '{"messages": []}')["messages"]
    return [
        f"{m['url'].rsplit('/site', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error" and not m["message"].startswith(THEME_MESSAGES)
    ]


def test_every_built_page_is_valid_html(built_site):
    assert vnu_errors(built_site.site) == []


def test_planted_invalid_html_is_caught_and_only_the_theme_message_is_filtered(site_copy):
    page = site_copy / "exam/index.html"
    plant_in_article(page, '<p id="x">a</p><p id="x">b</p>')
    errors = vnu_errors(page)
    assert any("Duplicate ID" in e for e in errors), errors
    assert all("autocomplete" not in e for e in errors)


@pytest.mark.parametrize("message", THEME_MESSAGES)
def test_the_filtered_message_still_occurs(built_site, message):
    """A filter for a message the theme no longer produces is dead weight: remove it then."""
    proc = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json"]
        + [str(built_site.site / "index.html")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert message in proc.stderr
