"""Python-Markdown extension: arithmatex's generic output becomes MathML at build time.

No JavaScript and no CDN: the browser (and Chromium's PDF printer) typesets MathML natively.
latex2mathml accepts unknown commands silently (it emits `<mi>\\foo</mi>`), so this module
logs a warning for them; with `strict: true` MkDocs then fails the build.
"""

from __future__ import annotations

import html
import logging
import re

from latex2mathml.converter import convert
from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor

# A logger under "mkdocs" so MkDocs counts its warnings (and strict mode fails on them).
log = logging.getLogger("mkdocs.mla.mathml")

_INLINE = re.compile(r'<span class="arithmatex">\\\((.+?)\\\)</span>', re.S)
_BLOCK = re.compile(r'<div class="arithmatex">\\\[(.+?)\\\]</div>', re.S)
_UNKNOWN = re.compile(r"<m[ion]>(\\[A-Za-z]+)</m[ion]>")


class UnknownTexCommand(ValueError):
    pass


def tex_to_mathml(tex: str, display: bool) -> str:
    """MathML for one formula; raises UnknownTexCommand for commands latex2mathml does not know."""
    mathml = convert(tex, display="block" if display else "inline")
    unknown = sorted(set(_UNKNOWN.findall(mathml)))
    if unknown:
        raise UnknownTexCommand(f"unknown TeX command(s) {', '.join(unknown)} in: {tex}")
    return mathml


class MathMLPostprocessor(Postprocessor):
    def run(self, text: str) -> str:
        def swap(match: re.Match[str], display: bool) -> str:
            tex = html.unescape(match.group(1)).strip()
            try:
                mathml = tex_to_mathml(tex, display)
            except UnknownTexCommand as exc:
                log.warning("math: %s", exc)
                return match.group(0)
            except Exception as exc:  # malformed TeX must warn (strict fails), not crash
                detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                log.warning("math: cannot convert %s (%s)", tex, detail)
                return match.group(0)
            if display:
                # A wide formula scrolls inside its box, so the box must take keyboard focus.
                box = 'class="math-block" tabindex="0" role="group" aria-label="Formula"'
                return f"<div {box}>{mathml}</div>"
            return f'<span class="math-inline">{mathml}</span>'

        text = _BLOCK.sub(lambda m: swap(m, True), text)
        return _INLINE.sub(lambda m: swap(m, False), text)


class MathMLExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's API name)
        # Priority 5: after the raw-HTML postprocessor (30) has restored arithmatex's output.
        md.postprocessors.register(MathMLPostprocessor(md), "mla_mathml", 5)


def makeExtension(**kwargs):  # noqa: N802 (Markdown's API name)
    return MathMLExtension(**kwargs)
