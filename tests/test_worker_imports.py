"""A query worker imports only what answering a query needs: not the remote store (http.client,
urllib.request, email), the local store, updates or versions, nor rdflib. About 170 workers start
in a CI run and every command's pool starts some, so each module more is paid that often
(``ickg.store`` names them lazily; see its ``__getattr__``)."""

import subprocess
import sys

import pytest

import ickg.store
from ickg.store import workers

# What a worker is started with (``_Worker.__init__``), then the modules it holds.
WORKER_IMPORTS = ("from ickg.store.workers import _worker_main; import sys; "
                  "print('\\n'.join(sorted(sys.modules)))")

NOT_IN_A_WORKER = ("ickg.store.remote", "ickg.store.remote_http", "ickg.store.remote_index",
                   "ickg.store.remote_load", "ickg.store.remote_search", "ickg.store.local",
                   "ickg.store.memory", "ickg.store.updates", "ickg.store.versions",
                   "http.client", "urllib.request", "email", "rdflib")


def test_the_worker_entry_point_is_the_one_measured_here():
    source = open(workers.__file__, encoding="utf-8").read()
    assert '"from ickg.store.workers import _worker_main; _worker_main()"' in source


def test_a_query_worker_does_not_import_the_stores_it_does_not_use():
    out = subprocess.run([sys.executable, "-c", WORKER_IMPORTS], capture_output=True, text=True,
                         check=True).stdout.split()
    loaded = [name for name in NOT_IN_A_WORKER if name in out]
    assert loaded == [], f"a query worker imports {loaded}"
    assert "ickg.store.evaluation" in out and "pyoxigraph" in out


@pytest.mark.parametrize("name", ickg.store.__all__)
def test_every_name_of_the_store_package_is_its_modules_own(name):
    value = getattr(ickg.store, name)
    home = ickg.store._HOME.get(name)
    if home is not None:
        assert value is getattr(sys.modules[home], name)


def test_a_name_the_store_package_does_not_have_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        ickg.store.Nothing  # noqa: B018
