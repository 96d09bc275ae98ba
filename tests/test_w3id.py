"""The w3id redirect file (docs/w3id/.htaccess) sends every IRI ickg mints to a path the service serves.

Each rule's pattern is matched against an example IRI of the seed graph (as w3id.org's Apache
would match the path after ``/ickg/``), the target is built the way mod_rewrite builds it, and
the real service is asked for it: every target must answer 200.
"""

import re
import urllib.request
from pathlib import Path

import pytest

HTACCESS = Path(__file__).resolve().parents[1] / "docs" / "w3id" / ".htaccess"

# One IRI path (after https://w3id.org/ickg/) per kind of IRI the graph mints.
EXAMPLES = ["ontology", "ontology/", "ontology/Program", "id/program/prisma", "id/jurisdiction/quebec",
            "scheme/gken", "releases/0.1.0/ontology", ""]


def rules():
    """``[(compiled pattern, target with ${ICKG_HOST})]`` and the host variable's value."""
    text = HTACCESS.read_text(encoding="utf-8")
    host = re.search(r"^Define ICKG_HOST (\S+)$", text, re.M).group(1)
    found = [(re.compile(m.group(1)), m.group(2))
             for m in re.finditer(r"^RewriteRule (\S+) (\S+) \[([^\]]*)\]$", text, re.M)]
    return found, host


def rewrite(path, found):
    """The target of the first rule matching ``path`` (as mod_rewrite: $1, $2... from the groups)."""
    for pattern, target in found:
        match = pattern.search(path)
        if match:
            return re.sub(r"\$(\d)", lambda m: match.group(int(m.group(1))), target)
    return None


def test_the_target_host_is_one_marked_variable():
    found, host = rules()
    assert host.startswith("https://")
    assert found and all(target.startswith("${ICKG_HOST}/") for _, target in found)
    assert "THE ONE THING TO EDIT" in HTACCESS.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", EXAMPLES)
def test_every_redirect_target_is_served(seed_server, path):
    found, _ = rules()
    target = rewrite(path, found)
    assert target is not None, f"no rule of {HTACCESS} matches /ickg/{path}"
    assert target.replace("${ICKG_HOST}", "") == "/" + path  # paths kept: negotiation is the service's
    url = target.replace("${ICKG_HOST}", seed_server.url)
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "text/html"}), timeout=30) as answer:
        assert answer.status == 200, url
