"""A quote and its context, cut from a document's text by offsets.

The graph keeps only a quoted span's offsets (``oa:start``, ``oa:end``) and the document's
``ickg:fullText``; whoever shows the quote cuts it here, with the context a W3C
TextQuoteSelector keeps on each side (``prefix``, ``suffix``). It lives on the base floor, with
no rdflib, because the extractor, the provenance writer's checks, the explanations and the web
pages all cut quotes the same way: one width of context, one slicing.
"""

from __future__ import annotations

CONTEXT_CHARS = 32
"""Characters of context kept on each side of a quote (a TextQuoteSelector's prefix and suffix)."""


def quote_of(text: str, start: int, end: int) -> dict[str, str]:
    """The quote at ``text[start:end]`` and its context, as a TextQuoteSelector would hold them
    (``exact``, ``prefix``, ``suffix``): what readers show, computed from the document's text."""
    return {"exact": text[start:end],
            "prefix": text[max(0, start - CONTEXT_CHARS):start],
            "suffix": text[end:end + CONTEXT_CHARS]}
