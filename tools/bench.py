"""make bench: the site's performance figures, printed as a small report.

1. Strict build time, median of N runs, and time per page; the same for a "stock" build of the
   same pages (Material with no overrides, no site CSS or scripts, no MathML step).
2. Edit-to-reload time of `mkdocs serve`: from saving a page to the server answering with it.
3. Lighthouse 12 (mobile profile, system Chromium) on the home page, the longest content page
   and a practice page, served with gzip from 127.0.0.1: the four category scores and the bytes
   a first visit transfers (budget: 250 KB for a content page).

    python tools/bench.py [--runs 5] [--lighthouse-runs 1] [--skip-stock]
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from bench_build import build_once  # noqa: E402
from project_copy import copy_project  # noqa: E402
from serve_gzip import serve  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run --disable-quic"
)
BUDGET_BYTES = 250 * 1024


def timed_builds(project: Path, runs: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        times = [build_once(site, cwd=project)[1] for _ in range(runs)]
        pages = sum(1 for p in site.rglob("index.html") if "assets" not in p.parts)
    return statistics.median(times), pages


def stock_project(dest: Path) -> Path:
    """The same pages and macros with Material as it ships: no overrides, site CSS or scripts."""
    copy_project(dest)
    text = (dest / "mkdocs.yml").read_text(encoding="utf-8")
    text = re.sub(r"\n  custom_dir: overrides", "", text)
    text = re.sub(r"\nextra_css:\n(  - .*\n)+", "\n", text)
    text = re.sub(r"\nextra_javascript:\n(  - .*\n)+", "\n", text)
    text = text.replace("  - macros.mathml", "  # - macros.mathml")
    (dest / "mkdocs.yml").write_text(text, encoding="utf-8")
    return dest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    """The page, or "" while the server is busy rebuilding (it answers late or not at all)."""
    try:
        return urllib.request.urlopen(url, timeout=60).read().decode()
    except OSError:
        return ""


def edit_to_reload(project: Path, tries: int = 3) -> float:
    """Seconds from writing a page to `mkdocs serve` serving the new text (median of tries)."""
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--livereload",
            "--dev-addr",
            f"127.0.0.1:{port}",
        ],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/exam/"
    page = project / "docs" / "exam" / "index.md"
    original = page.read_text(encoding="utf-8")
    times = []
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        for n in range(tries):
            marker = f"bench-marker-{n}-{time.time_ns()}"
            start = time.perf_counter()
            page.write_text(original + f"\n\n{marker}\n", encoding="utf-8")
            while marker not in fetch(url):
                time.sleep(0.05)
                if time.perf_counter() - start > 120:
                    raise TimeoutError("mkdocs serve did not rebuild within 120 s")
            times.append(time.perf_counter() - start)
            time.sleep(1)
    finally:
        page.write_text(original, encoding="utf-8")
        proc.terminate()
        proc.wait(timeout=30)
    return statistics.median(times)


def lighthouse(url: str) -> dict:
    out = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            f"--chrome-flags={CHROME_FLAGS}",
            "--only-categories=performance,accessibility,best-practices,seo",
            "--output=json",
            "--output-path=stdout",
        ],
        env={**os.environ, "CHROME_PATH": os.environ.get("CHROMIUM", "/usr/bin/chromium")},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    import json

    report = json.loads(out)
    scores = {k: round(v["score"] * 100) for k, v in report["categories"].items()}
    scores["bytes"] = int(report["audits"]["total-byte-weight"]["numericValue"])
    return scores


def lighthouse_pages(site: Path) -> dict[str, str]:
    """Home, the longest content page (by built HTML size) and the first practice page."""
    content = [
        p
        for p in site.rglob("index.html")
        if p.parent != site
        and p.parent.relative_to(site).parts[0]
        not in ("practice", "reference", "exam", "assets", "search", "downloads")
    ]
    longest = max(content, key=lambda p: p.stat().st_size).parent.relative_to(site).as_posix()
    return {"home": "", "longest content page": f"{longest}/", "practice": "practice/domain-1/"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lighthouse-runs", type=int, default=1)
    parser.add_argument("--skip-stock", action="store_true")
    args = parser.parse_args()

    built, pages = timed_builds(ROOT, args.runs)
    print(
        f"strict build: median {built:.2f} s of {args.runs} runs; {pages} pages, "
        f"{built / pages * 1000:.0f} ms per page"
    )
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_stock:
            stock, stock_pages = timed_builds(stock_project(Path(tmp) / "stock"), args.runs)
            print(
                f"stock Material, same pages: median {stock:.2f} s; {stock_pages} pages, "
                f"{stock / stock_pages * 1000:.0f} ms per page"
            )
        reload_s = edit_to_reload(copy_project(Path(tmp) / "serve"))
        print(f"mkdocs serve, edit to reload: median {reload_s:.2f} s")

        site = Path(tmp) / "site"
        build_once(site)
        server, base = serve(site)
        try:
            for name, path in lighthouse_pages(site).items():
                runs = [lighthouse(f"{base}/{path}") for _ in range(args.lighthouse_runs)]
                keys = ("performance", "accessibility", "best-practices", "seo")
                figures = ", ".join(f"{k} {'/'.join(str(r[k]) for r in runs)}" for k in keys)
                kb = max(r["bytes"] for r in runs) / 1024
                flag = "within" if kb * 1024 <= BUDGET_BYTES else "OVER"
                print(
                    f"lighthouse {name} (/{path}): {figures}; first visit {kb:.0f} KB "
                    f"compressed ({flag} the 250 KB budget)"
                )
        finally:
            server.shutdown()


if __name__ == "__main__":
    main()
