"""Time `make pdf` (strict build, then every PDF): the median of N runs.

Usage: python tools/bench_pdf.py [--runs N]. Each run is the whole command a learner types, the
build included; the printing part comes from make_pdf's own last line. The issue's budget is
30 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_S = 30.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    totals, printing = [], []
    for n in range(1, args.runs + 1):
        start = time.perf_counter()
        out = subprocess.run(
            ["make", "--no-print-directory", "pdf"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        totals.append(time.perf_counter() - start)
        printed = re.search(r"^\d+ PDFs in ([\d.]+) s", out, re.M)
        printing.append(float(printed[1]) if printed else float("nan"))
        print(f"run {n}: make pdf {totals[-1]:.1f} s (PDFs alone {printing[-1]:.1f} s)")
    pdfs = sorted((ROOT / "site" / "downloads").glob("*.pdf"))
    size = sum(p.stat().st_size for p in pdfs) / 1e6
    median = statistics.median(totals)
    verdict = "within" if median <= BUDGET_S else "OVER"
    print(
        f"make pdf: median {median:.1f} s over {args.runs} runs ({verdict} the {BUDGET_S:.0f} s "
        f"budget); PDFs alone {statistics.median(printing):.1f} s; the rest is the build"
    )
    print(f"{len(pdfs)} PDFs, {size:.1f} MB in all")


if __name__ == "__main__":
    main()
