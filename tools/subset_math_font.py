"""Subset the self-hosted math font to the characters formulas on this site can use.

The full Noto Sans Math (npm @fontsource/noto-sans-math, noto-sans-math-math-400-normal.woff2,
about 270 KB) covers every mathematical alphabet; formulas here need Latin, Greek, operators,
arrows, brackets and the italic letters MathML draws variables with. The subset keeps the
OpenType MATH table (stretchy brackets, large operators) and is about 80 KB.

    pip install fonttools==4.60.1 brotli==1.2.1      (a one-off maintenance step, not a build dep)
    python tools/subset_math_font.py FULL.woff2 docs/assets/fonts/noto-sans-math.woff2
"""

from __future__ import annotations

import sys

RANGES = [
    "U+0020-007E",  # Basic Latin
    "U+00A0-00FF",  # Latin-1 punctuation and signs
    "U+0370-03FF",  # Greek
    "U+2000-206F",  # General punctuation (spaces, dashes, primes)
    "U+2100-214F",  # Letterlike symbols
    "U+2190-21FF",  # Arrows
    "U+2200-22FF",  # Mathematical operators
    "U+2300-23FF",  # Miscellaneous technical (ceilings, floors, bracket pieces)
    "U+27E6-27EF",  # Mathematical brackets
    "U+1D434-1D467",  # Mathematical italic Latin (MathML's default for single-letter <mi>)
    "U+1D6E2-1D71B",  # Mathematical italic Greek
]


def main() -> None:
    from fontTools import subset

    source, target = sys.argv[1], sys.argv[2]
    subset.main(
        [
            source,
            f"--unicodes={','.join(RANGES)}",
            "--layout-features=*",
            "--flavor=woff2",
            f"--output-file={target}",
        ]
    )


if __name__ == "__main__":
    main()
