"""Small fixes to Material's HTML that its templates offer no block for, and its navigation rendered once per folder."""
from __future__ import annotations

import re

from generator.site.shared_parts import install

# Material marks its two hidden toggle checkboxes autocomplete="off" (so that
# Firefox does not restore an open menu); HTML allows autocomplete only on
# text-like inputs, and the Nu HTML checker reports it as an error.
_TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*?) autocomplete="off"')


def on_post_page(output: str, page, config) -> str:  # type: ignore[no-untyped-def]
    return _TOGGLE_AUTOCOMPLETE.sub(r"\1", output)


def on_post_template(output_content: str, template_name: str, config) -> str:  # type: ignore[no-untyped-def]
    return _TOGGLE_AUTOCOMPLETE.sub(r"\1", output_content)  # 404.html is a template, not a page


def on_env(env, config, files):  # type: ignore[no-untyped-def]
    # Material's navigation and tabs rendered once per folder of pages it does not list (generator/site/shared_parts.py).
    return install(env, config)
