"""Nothing a page shows comes from another origin: the site works offline and leaks no visits."""

from __future__ import annotations

from .site_checks import css_foreign_urls, foreign_resources


def test_built_site_loads_nothing_from_another_origin(built_site):
    assert foreign_resources(built_site.site) == []


def test_links_to_aws_docs_are_allowed(built_site):
    html = (built_site.site / "index.html").read_text(encoding="utf-8")
    assert '<a href="https://docs.aws.amazon.com/' in html  # a link, not a loaded resource


def test_planted_foreign_resources_are_caught(site_copy):
    site = site_copy
    page = site / "index.html"
    page.write_text(
        page.read_text(encoding="utf-8")
        .replace(
            "</head>",
            (
                '<script src="https://cdn.example.com/x.js"></script>'
                '<link rel="stylesheet" href="//fonts.example.com/css">'
                '<style>body{background:url("https://img.example.com/b.png")}</style>'
                "</head>"
            ),
            1,
        )
        .replace(
            "</article>",
            (
                '<img src="https://img.example.com/a.png" alt="">'
                '<iframe src="https://video.example.com/e"></iframe></article>'
            ),
            1,
        ),
        encoding="utf-8",
    )
    (site / "assets/css/site.css").write_text(
        '@import "https://fonts.example.com/f.css";\n', encoding="utf-8"
    )
    found = "\n".join(foreign_resources(site))
    for url in (
        "cdn.example.com/x.js",
        "fonts.example.com/css",
        "img.example.com/b.png",
        "img.example.com/a.png",
        "video.example.com/e",
        "fonts.example.com/f.css",
    ):
        assert url in found, url


def test_css_url_scanner():
    css = "a{b:url(x.png)} c{d:url('https://e.com/f.woff2')} @import 'http://g.com/h.css';"
    assert css_foreign_urls(css) == ["https://e.com/f.woff2", "http://g.com/h.css"]
