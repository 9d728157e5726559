"""Python-Markdown extension: each content tab's block starts with the tab's label, for print.

On screen only the chosen tab shows, its label in the tab bar; on paper every block prints, so
each needs its label (site.css shows these only in print). Made here, once, so that printing a
page from the browser and `make pdf` print the same labels.
"""

from __future__ import annotations

import copy
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor


def _has_class(element: etree.Element, name: str) -> bool:
    return name in element.get("class", "").split()


class PrintTabLabels(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        sets = [div for div in root.iter("div") if _has_class(div, "tabbed-set")]
        for tabbed in sets:
            labels = next((d for d in tabbed if _has_class(d, "tabbed-labels")), None)
            content = next((d for d in tabbed if _has_class(d, "tabbed-content")), None)
            if labels is None or content is None:  # only the alternate style has both
                continue
            blocks = [d for d in content if _has_class(d, "tabbed-block")]
            for label, block in zip(labels.findall("label"), blocks, strict=False):
                printed = copy.deepcopy(label)  # keeps inline markup such as `code`
                printed.tag, printed.tail = "p", None
                printed.attrib = {"class": "print-tab-label"}
                block.insert(0, printed)


class PrintTabLabelsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's API name)
        # Priority 10: after the inline patterns (20) have formatted the labels' text.
        md.treeprocessors.register(PrintTabLabels(md), "mla_print_tab_labels", 10)


def makeExtension(**kwargs):  # noqa: N802 (Markdown's API name)
    return PrintTabLabelsExtension(**kwargs)
