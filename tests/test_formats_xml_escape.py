"""The SPARQL Results XML writer escapes text and attributes as xml.sax.saxutils does, without
importing it (it imports urllib.request, http.client and email: 45 ms of each query worker's start)."""

import subprocess
import sys
from xml.sax import saxutils

import pytest

from ickg.sparql import formats

TEXTS = ["", "plain", "a & b", "<tag>", "]]>", "&amp;", 'say "hi"', "it's", "both \" and '",
         "line\nbreak\rand\ttab", "\u00e9t\u00e9 \U0001d11e", "&<>\"'\n\r\t"]


@pytest.mark.parametrize("text", TEXTS)
def test_escape_and_quoteattr_write_what_saxutils_writes(text):
    assert formats.escape(text) == saxutils.escape(text)
    assert formats.quoteattr(text) == saxutils.quoteattr(text)


def test_the_formats_module_does_not_import_urllib_request():
    code = "import sys, ickg.sparql.formats; print(sorted({'urllib.request', 'http.client'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"
