"""ickg.deferred: rdflib's HTML parser is loaded on first use, and then behaves as if imported at once."""

import subprocess
import sys
import textwrap


def run(code):
    """Run ``code`` in a fresh interpreter; its stdout."""
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


HTML_LITERALS = """
    import sys
    from rdflib import RDF, Literal
    from rdflib import term
    good = Literal("<p>a <b>b</b></p>", datatype=RDF.HTML)
    bad = Literal("<p>a <b>b</p>", datatype=RDF.HTML)
    print(term._HAS_HTML5RDF, RDF.HTML in term._XML_COMPARABLE, type(good.value).__name__, good.ill_typed,
          bad.value, bad.ill_typed, good.n3())
"""


def test_importing_ickg_then_rdflib_leaves_the_html_parser_unloaded():
    out = run("""
        import sys
        import ickg, rdflib, rdflib.term
        print(sorted(m for m in sys.modules if m.startswith("html5rdf.")), rdflib.term._HAS_HTML5RDF)
    """)
    assert out.split() == ["[]", "True"], out


def test_html_literals_read_as_when_the_parser_is_imported_at_once():
    eager = run("import html5rdf\n" + textwrap.dedent(HTML_LITERALS))
    deferred = run("import ickg\n" + textwrap.dedent(HTML_LITERALS))
    assert deferred == eager
    assert eager.split()[:5] == ["True", "True", "DocumentFragment", "False", "None"], eager


def test_the_first_use_loads_the_module_once_under_threads():
    out = run("""
        import sys, threading
        import ickg  # defers html5rdf
        import html5rdf
        assert type(html5rdf).__name__ == "_Deferred"
        stand_in = html5rdf
        seen = []
        threads = [threading.Thread(target=lambda: seen.append(html5rdf.HTMLParser)) for _ in range(8)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        real = sys.modules["html5rdf"]
        print(len(seen), len(set(seen)), real is not stand_in, stand_in.HTMLParser is real.HTMLParser,
              type(real).__name__)
    """)
    assert out.split() == ["8", "1", "True", "True", "module"], out


def test_a_module_not_installed_or_already_imported_is_left_alone():
    out = run("""
        import sys
        from ickg import deferred
        print(deferred.defer("ickg_no_such_module"), deferred.defer("colorsys"), deferred.defer("sys"))
        import colorsys
        print(colorsys.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0), type(sys.modules["colorsys"]).__name__)
        try:
            import ickg_no_such_module
        except ImportError:
            print("ImportError")
    """)
    assert out.split() == ["False", "True", "False", "True", "module", "ImportError"], out
