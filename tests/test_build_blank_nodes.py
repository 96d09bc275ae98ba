"""The build's store keeps each blank node one node, wherever the load's blocks end.

pyoxigraph's bulk loader gives each call's blank nodes labels of their own: a blank node whose
lines were loaded by two calls became two nodes (the ontology's restrictions and lists are blank
nodes, and the ontology's lines sit wherever the workers' output ends in the spool).
"""

import pyoxigraph as ox

from ickg.build.stages import _blocks, bulk_load_blocks
from ickg.namespaces import ONTOLOGY_GRAPH
from ickg.ntriples import nquads
from ickg.resources import ontology_triples


def _blank_nodes(store):
    return {t.value for q in store for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)}


def test_an_ontology_cut_by_small_blocks_keeps_its_blank_nodes(tmp_path):
    data = nquads([(s, p, o, ONTOLOGY_GRAPH) for s, p, o in ontology_triples()])
    spool = tmp_path / "spool.nq"
    spool.write_bytes(b"<urn:x:a> <urn:x:p> \"_: not a blank node\" <urn:x:g> .\n" + data)
    whole = ox.Store()
    whole.bulk_load(input=spool.read_bytes(), format=ox.RdfFormat.N_QUADS)
    blocks = list(_blocks(spool, size=2048))
    assert len(blocks) > 100 and sum(b"_:" in block for block in blocks) > 50  # blank nodes on many blocks

    cut = ox.Store()
    bulk_load_blocks(cut, blocks)

    assert len(cut) == len(whole)
    assert len(_blank_nodes(cut)) == len(_blank_nodes(whole)) > 100
    canonical = []
    for store in (whole, cut):
        dataset = ox.Dataset(store)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        canonical.append(sorted(str(q) for q in dataset))
    assert canonical[0] == canonical[1]


def test_blocks_without_blank_nodes_load_as_they_are(tmp_path):
    lines = [f"<urn:x:s{i}> <urn:x:p> \"{i}\" <urn:x:g> .\n".encode() for i in range(500)]
    spool = tmp_path / "spool.nq"
    spool.write_bytes(b"".join(lines))
    store = ox.Store()
    bulk_load_blocks(store, _blocks(spool, size=1000))
    assert len(store) == 500 and not _blank_nodes(store)


def test_the_held_lines_are_those_naming_a_blank_node_and_the_rest_stays_in_order():
    from ickg.build.stages import _hold_blank_node_lines

    block = (b"<s> <p> <o1> .\n_:b0 <p> <o> <g> .\n<s> <p> \"a_:b\" .\n<s> <p> <o2> .\n"
             b"<s> <p> _:b0 <g> .\n<s> <p> <o3> .")  # the last line without its newline
    held = [b"earlier\n"]
    assert _hold_blank_node_lines(block, held) == b"<s> <p> <o1> .\n<s> <p> <o2> .\n<s> <p> <o3> ."
    assert held == [b"earlier\n", b"_:b0 <p> <o> <g> .\n", b"<s> <p> \"a_:b\" .\n", b"<s> <p> _:b0 <g> .\n"]
    assert _hold_blank_node_lines(b"<s> <p> <o> .\n", held) == b"<s> <p> <o> .\n" and len(held) == 4
