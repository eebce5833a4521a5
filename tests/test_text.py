"""Content text never becomes markup, whatever it contains and wherever it stands."""
from datetime import date

import markdown
import pytest
from bs4 import BeautifulSoup

from generator.text import escape_markdown, join_swedish, swedish_date

from hostile_values import HOSTILE

EXTENSIONS = ["toc", "tables", "def_list", "attr_list", "admonition", "footnotes", "abbr", "md_in_html",
              "pymdownx.snippets", "pymdownx.tilde", "pymdownx.caret", "pymdownx.mark"]

# (Markdown around the value, the tags that may appear, where the value's text lands)
CONTEXTS = {
    "paragraph": ("{}", {"p"}, "p"),
    "heading": ("## {}", {"h2", "a"}, "h2"),
    "list item": ("- {}", {"ul", "li"}, "li"),
    "link text": ("[{}](rapporter/x.md)", {"p", "a"}, "a"),
    "table cell": ("| A | B |\n| --- | --- |\n| {} | b |", {"table", "thead", "tbody", "tr", "th", "td"}, "td"),
    "definition": ("Term\n:   {}", {"dl", "dt", "dd"}, "dd"),
}


def to_html(text: str) -> BeautifulSoup:
    html = markdown.markdown(text, extensions=EXTENSIONS, extension_configs={"toc": {"permalink": False}})
    return BeautifulSoup(html, "html.parser")


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("value", HOSTILE, ids=[v[:24] for v in HOSTILE])
def test_hostile_text_stays_text(value: str, context: str):
    template, allowed, holder = CONTEXTS[context]
    # A paragraph between two others: block syntax may not reach across.
    soup = to_html("Före.\n\n" + template.format(escape_markdown(value)) + "\n\nEfter.")
    tags = {tag.name for tag in soup.find_all(True)}
    assert tags <= allowed | {"p"}, tags
    assert not any(attr for tag in soup.find_all(True) for attr in tag.attrs if attr not in ("href", "id", "class")), soup
    assert soup.select(holder)[0 if holder != "p" else 1].get_text() == " ".join(value.split())


def test_line_breaks_and_runs_of_space_become_one_space():
    assert escape_markdown("  a\n\n  b\tc ") == "a b c"


def test_dates_are_written_in_swedish():
    assert swedish_date(date(2018, 7, 4)) == "4 juli 2018"
    assert swedish_date(date(2024, 10, 9)) == "9 oktober 2024"
    assert swedish_date(None) == ""


def test_lists_are_joined_the_swedish_way():
    assert join_swedish(["a"]) == "a"
    assert join_swedish(["a", "b", "c"]) == "a, b och c"


def test_ids_made_from_names_keep_every_letter():
    from generator.text import id_from_name
    assert id_from_name("Enskede-Årsta-Vantör") == "enskede-arsta-vantor"
    assert id_from_name("Föreningen Ø & Co") == "foreningen-o-co"
