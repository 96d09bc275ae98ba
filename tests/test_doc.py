"""The examples in the docstrings run and say what they show (pyoxigraph's test_doc.py pattern).

Every module of the package is searched for doctests; a module with none is simply passed over,
so adding an example to a docstring is enough to have it checked.
"""

import doctest
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "service" / "ickg"


def _modules():
    """``{dotted name: source}`` of every module of the package."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__main__":
            continue
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path.read_text(encoding="utf-8")
    return out


WITH_EXAMPLES = sorted(name for name, source in _modules().items() if ">>> " in source)


def test_the_typed_api_has_examples():
    for name in ("ickg", "ickg.api", "ickg.iris", "ickg.mint", "ickg.ntriples", "ickg.lru", "ickg.settings",
                 "ickg.sparql.negotiation", "ickg.reason.catalogue"):
        assert name in WITH_EXAMPLES, f"{name} has no doctest"


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
                             raise_on_error=False, report=True, verbose=False)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed (see above)"
    assert result.attempted > 0
