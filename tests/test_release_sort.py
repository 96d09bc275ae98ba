"""Each release graph's lines are sorted (byte order, distinct) in the process when small and by
sort(1) when large: the same bytes either way."""

from ickg.build import release
from ickg.namespaces import ASSERTED_GRAPH, PROVENANCE_GRAPH


def test_small_graphs_sorted_in_process_are_the_bytes_sort_writes(tmp_path, monkeypatch):
    lines = [
        '<https://w3id.org/ickg/id/b> <http://www.w3.org/2000/01/rdf-schema#label> "b\u00e9" <%s> .\n',
        '<https://w3id.org/ickg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "\u00e0 \U0001d11e" <%s> .\n',
        '<https://w3id.org/ickg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "a" <%s> .\n',
        '<https://w3id.org/ickg/id/B> <http://www.w3.org/2000/01/rdf-schema#label> "Z" <%s> .\n',
        '<https://w3id.org/ickg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "a" <%s> .\n',
        '<https://w3id.org/ickg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "a~" <%s> .\n',
    ]
    spool = tmp_path / "spool.nq"
    spool.write_bytes("".join(line % g for g in (ASSERTED_GRAPH, PROVENANCE_GRAPH) for line in lines).encode())
    written, small = {}, release.SORT_IN_PROCESS
    for size in (small, -1):  # in the process; by sort(1)
        monkeypatch.setattr(release, "SORT_IN_PROCESS", size)
        folder = tmp_path / str(size)
        folder.mkdir()
        written[size] = {g: p.read_bytes() for g, p in release.sorted_graph_files(spool, folder).items()}
    assert written[-1] == written[small]
    text = written[-1][str(ASSERTED_GRAPH)].decode()
    assert len(text.splitlines()) == 5 and text.splitlines() == sorted(set(text.splitlines()), key=str.encode)
