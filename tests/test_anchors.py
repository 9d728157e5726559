"""Heading anchors read from Markdown source match what Python-Markdown's toc produces."""

from __future__ import annotations

import markdown

from macros.anchors import read_page_anchors

SAMPLE = """# Data formats {#formats}

## Row vs columnar

## Parquet and **ORC** { #columnar .special }

```yaml
# not a heading
```

## Row vs columnar

### `RecordIO` [protobuf](https://example.com)
"""


def test_ids_title_and_fences():
    page = read_page_anchors(SAMPLE)
    assert page.title == "Data formats"
    assert list(page.headings) == [
        "formats",
        "row-vs-columnar",
        "columnar",
        "row-vs-columnar_1",
        "recordio-protobuf",
    ]
    assert page.headings["columnar"] == "Parquet and ORC"


def test_ids_agree_with_markdown_toc():
    md = markdown.Markdown(extensions=["toc", "attr_list", "fenced_code"])
    md.convert(SAMPLE)

    def walk(tokens):
        for t in tokens:
            yield t["id"]
            yield from walk(t["children"])

    assert list(walk(md.toc_tokens)) == list(read_page_anchors(SAMPLE).headings)


def test_front_matter_comments_are_not_headings():
    page = read_page_anchors(
        "---\n# a YAML comment\nsearch:\n  exclude: true\n---\n\n# Title {#t}\n"
    )
    assert page.title == "Title" and list(page.headings) == ["t"]
