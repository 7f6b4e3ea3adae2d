from home.markdown import render_markdown


def test_markdown_is_rendered():
    html = render_markdown("**Surplus** heat\n\n- water\n- space")
    assert "<strong>Surplus</strong>" in html
    assert "<li>water</li>" in html


def test_scripts_styles_and_handlers_are_removed():
    html = render_markdown(
        '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:x()">a</a>'
        '<p style="color:red" onclick="y()">p</p>'
    )
    assert "<script" not in html and "onerror" not in html and "onclick" not in html
    assert "javascript:" not in html and "style=" not in html and "<img" not in html


def test_links_get_nofollow():
    html = render_markdown("[FISS](https://example.org/fiss)")
    assert 'href="https://example.org/fiss"' in html
    assert 'rel="nofollow"' in html


def test_empty_text_gives_empty_html():
    assert render_markdown("") == ""
    assert render_markdown(None) == ""
