"""Time `make pdf`'s printing step on an already built site: the median of N runs.

Usage: python tools/bench_pdf.py [--runs N] [--site site]. Each run prints every PDF (one per
top-level section and the whole guide) with tools/make_pdf.py; the figure excludes the build.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    args = parser.parse_args()
    if not (args.site / "index.html").is_file():
        raise SystemExit(f"{args.site}: build the site first (make build)")
    times = []
    for n in range(1, args.runs + 1):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, str(ROOT / "tools" / "make_pdf.py"), "--site", str(args.site)],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
        print(f"run {n}: {times[-1]:.1f} s")
    pdfs = sorted((args.site / "downloads").glob("*.pdf"))
    size = sum(p.stat().st_size for p in pdfs) / 1e6
    median = statistics.median(times)
    print(f"make pdf, printing only: median {median:.1f} s over {args.runs} runs")
    print(f"{len(pdfs)} PDFs, {size:.1f} MB in all")


if __name__ == "__main__":
    main()
