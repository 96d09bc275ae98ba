"""The proposals shown (``ickg.build.spill.ProposalSpill``) can be picked and sorted ahead of
their load (``start_shown``, while the build reasons): the file :meth:`shown` then gives is the
one it makes on its own, and a build that stops before taking it leaves no sort running and no
file behind."""

import gc
import os

from ickg.build.spill import LineHashes, ProposalSpill
from ickg.build.support import triple_hash
from rdflib import URIRef


def _spill(tmp_path):
    spill = ProposalSpill(None)
    made = []
    for i in (3, 1, 2, 1, 0):  # out of order, one proposal twice (two documents proposing it)
        triple = (URIRef(f"https://e.org/s{i}"), URIRef("https://e.org/p"), URIRef(f"https://e.org/o{i}"))
        text = f"<https://e.org/st{i}> <https://e.org/q> <https://e.org/o{i}> <https://e.org/proposed> .\n"
        made.append((triple, text))
    spill.add_made("doc-a", made[:3])
    spill.add_made("doc-b", made[3:])
    asserted = LineHashes([triple_hash(*made[1][0])])  # s1's triple is asserted: not shown
    return spill, asserted


def _shown(spill, asserted):
    with spill.shown(asserted) as path:
        return open(path, "rb").read(), path


def test_the_file_sorted_ahead_is_the_one_made_on_demand(tmp_path):
    spill, asserted = _spill(tmp_path)
    on_demand, path = _shown(spill, asserted)
    assert not os.path.exists(path)  # removed on leaving
    assert on_demand == (b"<https://e.org/st0> <https://e.org/q> <https://e.org/o0> <https://e.org/proposed> .\n"
                         b"<https://e.org/st2> <https://e.org/q> <https://e.org/o2> <https://e.org/proposed> .\n"
                         b"<https://e.org/st3> <https://e.org/q> <https://e.org/o3> <https://e.org/proposed> .\n")
    ahead, _ = _spill(tmp_path)
    ahead.start_shown(asserted)
    assert _shown(ahead, LineHashes())[0] == on_demand  # the hashes given to start_shown count
    ahead.remove()
    spill.remove()


def test_a_spill_let_go_before_its_sort_is_taken_stops_it_and_removes_its_file(tmp_path):
    spill, asserted = _spill(tmp_path)
    spill.start_shown(asserted)
    sort, path, _ = spill._sorting
    assert os.path.exists(path)
    del spill
    gc.collect()
    assert sort.poll() is not None  # ended (killed, or done before)
    assert not os.path.exists(path)
