"""The build's bulk load of its N-Quads by blocks, several blocks at a time (``bulk_load_blocks``).

Two blocks are loaded at once, each on a thread: the store must hold the same dataset as when
they are loaded one by one, and a load that fails (or a spool that cannot be read) must stop
the load with its own error, no thread still writing into the store afterwards.
"""

import threading

import pyoxigraph as ox
import pytest

from ickg.build.stages import _blocks, bulk_load_blocks
from ickg.namespaces import ONTOLOGY_GRAPH
from ickg.ntriples import nquads
from ickg.resources import ontology_triples


def _spool(tmp_path, documents=300):
    """N-Quads like a build's: many documents' lines, the ontology's (blank nodes) in the middle."""
    lines = [f"<urn:doc:{d}/a{i}> <urn:x:p{i % 7}> \"{d} {i}\" <urn:g:{i % 3}> .\n".encode()
             for d in range(documents) for i in range(40)]
    middle = len(lines) // 2
    data = b"".join(lines[:middle]) + nquads([(s, p, o, ONTOLOGY_GRAPH) for s, p, o in ontology_triples()])
    path = tmp_path / "spool.nq"
    path.write_bytes(data + b"".join(lines[middle:]))
    return path


def _canonical(store):
    dataset = ox.Dataset(store)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return sorted(str(q) for q in dataset)


def _loading_threads():
    return [t for t in threading.enumerate() if t.name.startswith("ickg-bulk-load")]


@pytest.mark.parametrize("loaders", [2, 3])
def test_blocks_loaded_several_at_a_time_give_the_dataset_loaded_one_at_a_time(tmp_path, loaders):
    spool = _spool(tmp_path)
    stores = {}
    for n in (1, loaders):
        stores[n] = ox.Store(str(tmp_path / f"store-{n}"))
        bulk_load_blocks(stores[n], _blocks(spool, size=16 << 10), loaders=n)
    assert len(list(_blocks(spool, size=16 << 10))) > 50
    assert len(stores[loaders]) == len(stores[1]) > 12_000
    assert _canonical(stores[loaders]) == _canonical(stores[1])
    assert not _loading_threads()


def test_a_block_that_does_not_parse_stops_the_load_with_the_parser_error(tmp_path):
    spool = _spool(tmp_path, documents=100)
    blocks = list(_blocks(spool, size=8 << 10))
    blocks.insert(len(blocks) // 2, b"<urn:x:s> <urn:x:p> \"no end <urn:x:g> .\n")
    with pytest.raises(SyntaxError) as one_at_a_time:
        bulk_load_blocks(ox.Store(str(tmp_path / "one")), blocks, loaders=1)
    with pytest.raises(SyntaxError) as on_threads:
        bulk_load_blocks(ox.Store(str(tmp_path / "two")), blocks, loaders=2)
    assert str(on_threads.value) == str(one_at_a_time.value)
    assert not _loading_threads()


def test_a_spool_that_cannot_be_read_stops_the_load_and_its_threads(tmp_path):
    spool = _spool(tmp_path, documents=100)

    def blocks():
        for n, block in enumerate(_blocks(spool, size=8 << 10)):
            if n == 20:
                raise OSError(5, "Input/output error", str(spool))
            yield block

    with pytest.raises(OSError, match="Input/output error"):
        bulk_load_blocks(ox.Store(str(tmp_path / "store")), blocks(), loaders=2)
    assert not _loading_threads()
