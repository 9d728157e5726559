"""Make the project's `macros` package importable from the venv (no build backend needed).

MkDocs loads `macros.mathml` as a Python-Markdown extension by import name, so the project
root must be on sys.path whichever way mkdocs is started (make, or .venv/bin/mkdocs by hand).
"""

import pathlib
import sysconfig

root = pathlib.Path(__file__).resolve().parent.parent
pth = pathlib.Path(sysconfig.get_paths()["purelib"]) / "mla_study_site.pth"
pth.write_text(f"{root}\n", encoding="utf-8")
print(f"wrote {pth}")
