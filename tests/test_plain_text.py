"""gui.plain_text.shown: outside text as it may be displayed, checked on its own (the window
tests see it only through labels that may clean text on another path: leaving the control
characters in passed them all, mutation spot-check). Expected texts written by hand from the
function's doc."""
from __future__ import annotations

from gui import plain_text

BAD = "\ufffd"      # what the doc says replaces a character that may not be shown


def test_control_and_direction_characters_are_replaced_and_line_breaks_kept(qapp):
    typed = "a\x1b[31mb\u202ec\x00d\ud800e\nf"
    assert plain_text.shown(typed) == f"a{BAD}[31mb{BAD}c{BAD}d{BAD}e\nf"
    assert plain_text.shown(typed, one_line=True) == f"a{BAD}[31mb{BAD}c{BAD}d{BAD}e f"


def test_a_long_text_is_cut_to_its_limit_and_says_how_long_it_was(qapp):
    shown = plain_text.shown("x" * 5000, limit=100)
    # the text to `limit` characters, its last the '…', then a short note of the full length
    assert shown.startswith("x" * 99 + "…") and "x" * 100 not in shown
    assert len(shown) < 100 + 30 and "5000" in shown.replace(",", "").replace(".", "")


def test_html_is_escaped_for_the_places_that_render_it(qapp):
    assert plain_text.escape("<b>x</b> & 'y'") == "&lt;b&gt;x&lt;/b&gt; &amp; &#x27;y&#x27;"
