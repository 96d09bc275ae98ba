"""A file of plain data for the kept closure: JSON and packed 32-bit integers, nothing that runs.

The rule engine's state after a closure (:class:`ickg.reason.materialise.ClosureState`) is kept in
each store version's directory for the next ``ickg ingest`` or ``ickg remove``. It used to be a
pickle, and ``pickle.load`` runs whatever the file names: whoever could write the data directory
could run code in the next ingest. This container holds only JSON (read by :func:`json.loads`)
and arrays of 32-bit integers (read by :meth:`array.array.frombytes`), neither of which can
call anything, so a hostile file can at worst describe a wrong closure; the reader's caller
checks the parts it decodes (ranges, counts) and computes the closure again when they do not
hold. The file::

    ickg-closure-state\\n          what the file is (a pickle renamed to this name is refused here)
    <format>\\n                    an integer; another format than :data:`FORMAT` is not read
    <header length>\\n             in bytes, then the header: a JSON object
    <sections>                    the header's "sections" in order, their bytes back to back

The header holds the caller's scalar fields, each section's name, kind (``json`` or ``int32``,
little-endian) and length, and the SHA-256 of the sections' bytes (a damaged or truncated file
is refused, not half read). :func:`write` writes under a temporary name and renames.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from array import array
from pathlib import Path
from typing import Any, Mapping

MAGIC = b"ickg-closure-state\n"
FORMAT = 1
_MAX_HEADER = 64 << 20
INT32 = "i" if array("i").itemsize == 4 else "l"


class StateFileError(Exception):
    """The file cannot be read as a state file of this format; the message says why."""


def ints(values: Any = ()) -> array:
    """An array of 32-bit signed integers (what an ``int32`` section holds)."""
    return array(INT32, values)


def write(path: str | os.PathLike[str], fields: Mapping[str, Any], sections: Mapping[str, Any]) -> None:
    """Write ``fields`` (JSON values) and ``sections`` (a name -> an :func:`ints` array or a JSON
    value) to ``path``, under a temporary name and then renamed (a reader sees the old file or the
    new one, whole)."""
    blobs, described = [], []
    for name, value in sections.items():
        if isinstance(value, array):
            if value.typecode != INT32:
                raise TypeError(f"section {name}: not an array of 32-bit integers")
            if sys.byteorder != "little":
                value = array(INT32, value)
                value.byteswap()
            blob, kind = value.tobytes(), "int32"
        else:
            blob, kind = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), "json"
        blobs.append(blob)
        described.append([name, kind, len(blob)])
    digest = hashlib.sha256()
    for blob in blobs:
        digest.update(blob)
    header = json.dumps({"fields": dict(fields), "sections": described, "sha256": digest.hexdigest()},
                        ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as out:
            out.write(MAGIC + b"%d\n%d\n" % (FORMAT, len(header)) + header)
            for blob in blobs:
                out.write(blob)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def read_fields(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The scalar fields of the file's header, its sections neither read nor checked: what
    decides whether a kept state can serve at all (its digest), at the cost of a few hundred
    bytes where :func:`read` reads and checks megabytes.

    Raises:
        StateFileError: not such a file, another format, a damaged header.
    """
    with open(path, "rb") as source:
        at, length = _header_span(source.read(len(MAGIC) + 48))
        if length > _MAX_HEADER:
            raise StateFileError("a damaged header")
        source.seek(at)
        data = source.read(length)
    try:
        fields = json.loads(data.decode("utf-8"))["fields"]
    except (ValueError, TypeError, KeyError, RecursionError) as error:
        raise StateFileError("a damaged header") from error
    if not isinstance(fields, dict):
        raise StateFileError("a damaged header")
    return fields


def _header_span(data: bytes) -> tuple[int, int]:
    """``(offset, length)`` of the JSON header of a file that begins with ``data``, its magic
    and format checked (the two decimal lines after the magic: format, then header length)."""
    if not data.startswith(MAGIC):
        raise StateFileError("not a closure state file (an older ickg's closure.pickle, or another file)")
    at = len(MAGIC)
    lines = []
    for _ in range(2):
        end = data.find(b"\n", at, at + 24)
        if end < 0 or not data[at:end].isdigit():
            raise StateFileError("a damaged header")
        lines.append(int(data[at:end]))
        at = end + 1
    form, length = lines
    if form != FORMAT:
        raise StateFileError(f"format {form}, this ickg reads format {FORMAT}")
    return at, length


def read(path: str | os.PathLike[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(fields, sections)`` as :func:`write` was given them, the int32 sections as arrays.

    Raises:
        StateFileError: not such a file, another format, damaged or truncated (the message says
            which); OSError when the file cannot be read at all.
    """
    with open(path, "rb") as source:
        data = source.read()
    view = memoryview(data)
    at, length = _header_span(data)
    if length > _MAX_HEADER or at + length > len(data):
        raise StateFileError("truncated (the header is cut off)")
    try:
        header = json.loads(bytes(view[at:at + length]).decode("utf-8"))
        fields, described, checksum = header["fields"], header["sections"], header["sha256"]
        if not (isinstance(fields, dict) and isinstance(described, list) and isinstance(checksum, str)):
            raise TypeError
        parts = [(str(name), str(kind), int(size)) for name, kind, size in described]
    except (ValueError, TypeError, KeyError, RecursionError) as error:
        raise StateFileError("a damaged header") from error
    at += length
    body = view[at:]
    if sum(size for _, _, size in parts) != len(body) or any(size < 0 for _, _, size in parts):
        raise StateFileError(f"truncated or padded: {len(body):,} bytes of data where the header "
                             f"names {sum(size for _, _, size in parts):,}")
    if hashlib.sha256(body).hexdigest() != checksum:
        raise StateFileError("damaged (its checksum does not match)")
    sections: dict[str, Any] = {}
    for name, kind, size in parts:
        blob, body = body[:size], body[size:]
        if kind == "int32":
            if size % 4:
                raise StateFileError(f"section {name}: not whole 32-bit integers")
            values = array(INT32)
            values.frombytes(blob)
            if sys.byteorder != "little":
                values.byteswap()
            sections[name] = values
        elif kind == "json":
            try:
                sections[name] = json.loads(bytes(blob).decode("utf-8"))
            except (ValueError, RecursionError) as error:
                raise StateFileError(f"section {name}: not JSON") from error
        else:
            raise StateFileError(f"section {name}: an unknown kind {kind!r}")
    return fields, sections
