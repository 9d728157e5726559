"""Time strict builds of the site: the median of N runs, and the time per page.

Usage: python tools/bench_build.py [--runs N]. Prints one line per run, then the summary.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILT_IN = re.compile(r"Documentation built in ([\d.]+) seconds")


def build_once(site: Path, cwd: Path = ROOT) -> tuple[float, float]:
    """(wall time of the whole `mkdocs build` process, MkDocs's own "built in" figure)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean"]
    start = time.perf_counter()
    proc = subprocess.run(
        [*command, "--site-dir", str(site)],
        cwd=cwd,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    built = BUILT_IN.search(proc.stdout + proc.stderr)
    return wall, float(built.group(1)) if built else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        walls, builds = [], []
        for i in range(args.runs):
            wall, built = build_once(site)
            walls.append(wall)
            builds.append(built)
            print(f"run {i + 1}: {wall:.2f} s in all, MkDocs build {built:.2f} s")
        pages = sum(1 for p in site.rglob("*.html") if p.name != "404.html")
    wall, built = statistics.median(walls), statistics.median(builds)
    print(
        f"strict build, median of {args.runs}: {wall:.2f} s in all (start-up included), "
        f"{built:.2f} s reported by MkDocs; {pages} pages, {built / pages * 1000:.0f} ms per page"
    )


if __name__ == "__main__":
    main()
