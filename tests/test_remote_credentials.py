"""A remote store's login: from a file or the environment, never from a URL; checked against the
session's real Virtuoso (digest auth) before a build spends minutes; never printed."""

from __future__ import annotations

import pytest

from ickg.store import CredentialsError, check_remote, credentials_from
from ickg.store.remote_http import RemoteRefused, refuse_userinfo


def test_credentials_come_from_a_file_before_the_environment(tmp_path):
    file = tmp_path / "store.login"
    file.write_text("# the store's login\nloader:s3cret:with-colon\n")
    file.chmod(0o600)
    found = credentials_from(file, env={"ICKG_STORE_USER": "other", "ICKG_STORE_PASSWORD": "x"})
    assert (found.user, found.password) == ("loader", "s3cret:with-colon")
    assert "s3cret" not in repr(found) and "s3cret" not in str(found)
    assert credentials_from(env={"ICKG_STORE_USER": "u", "ICKG_STORE_PASSWORD": "p"}).user == "u"
    assert credentials_from(env={}) is None


def test_bad_credentials_settings_are_refused_without_the_secret(tmp_path):
    with pytest.raises(CredentialsError, match="ICKG_STORE_PASSWORD"):
        credentials_from(env={"ICKG_STORE_USER": "u"})
    empty = tmp_path / "empty"
    empty.write_text("no colon here\n")
    with pytest.raises(CredentialsError, match=str(empty)):
        credentials_from(empty, env={})
    with pytest.raises(CredentialsError, match="--store-credentials") as refused:
        refuse_userinfo("http://dba:topsecret@127.0.0.1:8890/sparql")
    assert "topsecret" not in str(refused.value)


def test_a_readable_credentials_file_is_warned_about(tmp_path):
    file = tmp_path / "store.login"
    file.write_text("u:p\n")
    file.chmod(0o644)
    with pytest.warns(UserWarning, match="chmod 600"):
        credentials_from(file, env={})


def test_the_login_is_checked_before_the_build(virtuoso_server, tmp_path, monkeypatch):
    for name in ("ICKG_STORE_USER", "ICKG_STORE_PASSWORD", "ICKG_STORE_CREDENTIALS"):
        monkeypatch.delenv(name, raising=False)
    good = tmp_path / "good"
    good.write_text(f"{virtuoso_server.user}:{virtuoso_server.password}\n")
    good.chmod(0o600)
    assert check_remote(virtuoso_server.query_url, credentials_file=good) == "virtuoso"
    bad = tmp_path / "bad"
    bad.write_text(f"{virtuoso_server.user}:not-the-password\n")
    bad.chmod(0o600)
    with pytest.raises(RemoteRefused) as refused:
        check_remote(virtuoso_server.query_url, credentials_file=bad)
    assert refused.value.status == 401 and "/sparql-graph-crud-auth" in str(refused.value)
    assert "not-the-password" not in str(refused.value)
    # no login at all: the public Graph Store Protocol endpoint, which reads but refuses writes
    assert check_remote(virtuoso_server.query_url) == "virtuoso"
