"""The lexicon kept in the user's cache: the one made from the ontology and vocabulary.tsv, never
read for other inputs (a changed vocabulary or ontology makes it again) nor when damaged."""

import pytest

from ickg import resources
from ickg.extract import lexicon


@pytest.fixture()
def fresh(tmp_path, monkeypatch):
    """A cache folder of its own, and default_lexicon() forgotten before and after; a counter of
    the lexicons made (not read)."""
    monkeypatch.setenv("ICKG_CACHE_DIR", str(tmp_path))
    lexicon.default_lexicon.cache_clear()
    made = []
    real = lexicon.Lexicon.from_graph.__func__

    def counted(cls, graph, synonyms=()):
        made.append(1)
        return real(cls, graph, synonyms)

    monkeypatch.setattr(lexicon.Lexicon, "from_graph", classmethod(counted))
    yield made
    lexicon.default_lexicon.cache_clear()


def again():
    """default_lexicon() as a new process calls it."""
    lexicon.default_lexicon.cache_clear()
    return lexicon.default_lexicon()


def test_the_kept_lexicon_is_the_one_made_from_the_ontology_and_vocabulary(fresh, tmp_path):
    made = again()
    assert fresh == [1] and list((tmp_path / "lexicon").glob("*.pickle"))
    read = again()
    assert fresh == [1], "made again though it was kept"
    assert read is not made
    assert read.trie == made.trie and read.firsts == made.firsts and read.size == made.size
    text = "Case management and vertical integration under a bundled payment."
    assert [(m.iri, m.start, m.end) for m in read.find(text)] == [(m.iri, m.start, m.end) for m in made.find(text)]
    assert read.find(text), "the sentence names concepts"


def test_a_changed_vocabulary_makes_it_again(fresh, monkeypatch):
    again()
    table = lexicon._vocabulary_table()
    monkeypatch.setattr(lexicon, "_vocabulary_table", lambda: table + "zorblax care\tickg:CaseManagement\n")
    changed = again()
    assert fresh == [1, 1], "the lexicon of the old vocabulary was read"
    assert [m.iri for m in changed.find("They offer zorblax care.")] == [lexicon.ICKG_NS + "CaseManagement"]
    monkeypatch.undo()
    assert not again().find("They offer zorblax care.")


def test_a_changed_ontology_file_names_another_kept_lexicon(fresh, monkeypatch, tmp_path):
    here = lexicon._kept_path()
    extra = tmp_path / "extra.ttl"
    extra.write_text("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n", encoding="utf-8")
    files = resources.ontology_files()
    monkeypatch.setattr(resources, "ontology_files", lambda: [*files, extra])
    assert lexicon._kept_path() != here


def test_a_damaged_file_is_not_read_and_is_made_again(fresh, tmp_path):
    again()
    (path,) = (tmp_path / "lexicon").glob("*.pickle")
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF
    path.write_bytes(bytes(data))
    again()
    assert fresh == [1, 1], "the damaged file was read"
    again()
    assert fresh == [1, 1], "the file made again was not read"
