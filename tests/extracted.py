"""What ``ickg extract`` finds in a text written for a test, in the forms the extraction tests
compare: statements as ``(subject, predicate name, object)`` triples, entities and places by label."""

from ickg.extract.document import extract


def statements(text, stem):
    """The statements of ``text`` as ``ickg extract --format json`` lists them."""
    return extract(text, stem=stem).as_json()["statements"]


def triples(text, stem):
    """``{(subject label, predicate local name, object label or value)}`` of ``text``'s statements."""
    return {(s["subject"]["label"], s["predicate"].rsplit("/", 1)[1],
             s["object"].get("label", s["object"].get("value"))) for s in statements(text, stem)}


def entities(text, stem, kind):
    """The labels of ``text``'s entities of ``kind`` (organization, population, program...)."""
    return {e["label"] for e in extract(text, stem=stem).as_json()["entities"] if e["kind"] == kind}


def places(text, stem):
    """The labels of the jurisdictions ``text`` names."""
    return {p["label"] for p in extract(text, stem=stem).as_json()["jurisdictions"]}
