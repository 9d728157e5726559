"""Zip a built site folder so that it unpacks into one folder: make_zip.py SITE_DIR ZIP_PATH."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path


def make_zip(site: Path, target: Path, folder: str = "mla-c01-study-guide") -> int:
    files = sorted(p for p in site.rglob("*") if p.is_file())
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            # A fixed timestamp keeps the archive identical for identical input.
            info = zipfile.ZipInfo(
                f"{folder}/{path.relative_to(site).as_posix()}", (2026, 1, 1, 0, 0, 0)
            )
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    return len(files)


if __name__ == "__main__":
    count = make_zip(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{sys.argv[2]}: {count} files")
