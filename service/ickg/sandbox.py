"""The network wall: a process that evaluates SPARQL cannot open a network connection.

pyoxigraph evaluates ``SERVICE <http://...>`` and ``LOAD <http://...>`` by connecting to the
IRI's host from the evaluating process. :mod:`ickg.sparql.querycheck` refuses those requests before
evaluation, but it is a scanner beside the engine's parser, and a scanner can be wrong. This
wall does not depend on reading the request at all: the query workers and the update process
install a seccomp-bpf filter (Linux) before they read any job, and from then on the kernel
answers ``EACCES`` to every attempt of theirs to create a socket other than a local (``AF_UNIX``)
one. ``AF_INET``, ``AF_INET6``, ``AF_PACKET``, ``AF_NETLINK`` and the rest are all refused, so no
code in the process (the engine's HTTP client, a DNS lookup, a library) can reach the network.
The workers' own channel to the server is an inherited ``AF_UNIX`` socket and keeps working.

The filter also refuses ``io_uring_setup`` (an io_uring can create sockets without the
``socket`` system call), ``ptrace``, ``process_vm_writev`` and ``pidfd_getfd`` (ways to borrow
another process's sockets or make it act), and any system call made through a foreign ABI
(32-bit x86 or x32 on x86_64), whose numbers it does not check. It is installed with
``SECCOMP_FILTER_FLAG_TSYNC``, so it covers every thread of the process, and after
``PR_SET_NO_NEW_PRIVS``, so it survives ``execve`` and can never be lifted.

Supported: Linux on x86_64 and aarch64. Elsewhere :func:`install` returns ``False`` and
:func:`status` says why; the server logs that at start (:func:`report`) and then relies on
the query check alone. The in-memory store evaluates in the server process, which keeps its
own network access (it serves HTTP, and may talk to a remote store), so it has no wall: it is
for tests and small scripts, and :mod:`ickg.sparql.querycheck` is applied there too.
"""

import ctypes
import errno
import os
import platform
import socket
import struct
import sys

# struct seccomp_data { int nr; __u32 arch; __u64 instruction_pointer; __u64 args[6]; }
_NR, _ARCH, _ARG0 = 0, 4, 16  # offsets; the low word of args[0] on these little-endian ABIs

# Per architecture: (AUDIT_ARCH value, seccomp syscall number, {name: syscall number}, x32 bit).
_ARCHES = {
    "x86_64": (0xC000003E, 317, {"socket": 41, "socketpair": 53, "io_uring_setup": 425,
                                 "ptrace": 101, "process_vm_writev": 311, "pidfd_getfd": 438},
               0x40000000),
    "aarch64": (0xC00000B7, 277, {"socket": 198, "socketpair": 199, "io_uring_setup": 425,
                                  "ptrace": 117, "process_vm_writev": 271, "pidfd_getfd": 438},
                None),
}
_ARCHES["amd64"] = _ARCHES["x86_64"]
_ARCHES["arm64"] = _ARCHES["aarch64"]

_PR_SET_NO_NEW_PRIVS = 38
_SECCOMP_SET_MODE_FILTER = 1
_SECCOMP_GET_ACTION_AVAIL = 2
_SECCOMP_FILTER_FLAG_TSYNC = 1
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000

_LD_W_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_JGE = 0x35  # BPF_JMP | BPF_JGE | BPF_K
_RET = 0x06  # BPF_RET | BPF_K

_installed = False
_reason = "not installed in this process"


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _program(arch):
    """The BPF program for ``arch`` as bytes (struct sock_filter[]: u16 code, u8 jt, u8 jf, u32 k)."""
    audit_arch, _, numbers, x32_bit = _ARCHES[arch]
    denied = [numbers[n] for n in ("io_uring_setup", "ptrace", "process_vm_writev", "pidfd_getfd")]
    # Instructions as (code, jt, jf, k) with symbolic forward jump targets "deny" and "domain",
    # resolved below into the relative offsets BPF wants.
    prog = [
        (_LD_W_ABS, 0, 0, _ARCH),
        (_JEQ, 0, "deny", audit_arch),
        (_LD_W_ABS, 0, 0, _NR),
    ]
    if x32_bit is not None:
        prog.append((_JGE, "deny", 0, x32_bit))
    prog.append((_JEQ, "domain", 0, numbers["socket"]))
    prog.append((_JEQ, "domain", 0, numbers["socketpair"]))
    for number in denied:
        prog.append((_JEQ, "deny", 0, number))
    prog.append((_RET, 0, 0, _RET_ALLOW))
    labels = {}
    labels["domain"] = len(prog)
    prog.append((_LD_W_ABS, 0, 0, _ARG0))
    prog.append((_JEQ, 0, "deny", socket.AF_UNIX))
    prog.append((_RET, 0, 0, _RET_ALLOW))
    labels["deny"] = len(prog)
    prog.append((_RET, 0, 0, _RET_ERRNO | errno.EACCES))
    out = b""
    for index, (code, jt, jf, k) in enumerate(prog):
        jt = labels[jt] - index - 1 if isinstance(jt, str) else jt
        jf = labels[jf] - index - 1 if isinstance(jf, str) else jf
        out += struct.pack("=HBBI", code, jt, jf, k)
    return out


def _libc():
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    libc.prctl.restype = ctypes.c_int
    return libc


def supported():
    """``(True, "")`` when this machine can put up the wall, else ``(False, why)``; installs nothing."""
    if sys.platform != "linux":
        return False, f"seccomp filters exist only on Linux (this is {sys.platform})"
    arch = platform.machine().lower()
    if arch not in _ARCHES:
        return False, f"no seccomp filter written for the {arch} architecture (x86_64 and aarch64 are)"
    libc = _libc()
    action = ctypes.c_uint32(_RET_ERRNO)
    if libc.syscall(_ARCHES[arch][1], _SECCOMP_GET_ACTION_AVAIL, 0, ctypes.byref(action)) != 0:
        return False, f"the kernel does not accept seccomp filters: {os.strerror(ctypes.get_errno())}"
    return True, ""


def install():
    """Put up the wall in this process (all its threads, and any process it starts); return whether it is up.

    Call it before reading any request. It cannot be undone. On failure the reason is kept for
    :func:`status`, and nothing is changed.
    """
    global _installed, _reason
    if _installed:
        return True
    ok, why = supported()
    if not ok:
        _reason = why
        return False
    arch = platform.machine().lower()
    code = _program(arch)
    buffer = ctypes.create_string_buffer(code, len(code))
    prog = _SockFprog(len(code) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    libc = _libc()
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        _reason = f"prctl(PR_SET_NO_NEW_PRIVS) failed: {os.strerror(ctypes.get_errno())}"
        return False
    result = libc.syscall(_ARCHES[arch][1], _SECCOMP_SET_MODE_FILTER, _SECCOMP_FILTER_FLAG_TSYNC,
                          ctypes.byref(prog))
    if result != 0:
        _reason = f"seccomp(SECCOMP_SET_MODE_FILTER) failed: {os.strerror(ctypes.get_errno()) if result < 0 else f'thread {result} could not be synchronised'}"
        return False
    _installed, _reason = True, ""
    return True


def install_or_warn(who):
    """:func:`install`, and a line on standard error naming ``who`` when the wall could not go up."""
    if install():
        return True
    print(f"ickg {who} {os.getpid()}: NETWORK WALL NOT UP: {_reason}", file=sys.stderr, flush=True)
    return False


def status():
    """``(up, reason)`` for this process: whether :func:`install` put the wall up, else why not."""
    return _installed, _reason


def process_is_walled(pid):
    """Whether process ``pid`` runs under a seccomp filter, read from ``/proc/<pid>/status``."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status_file:
            for line in status_file:
                if line.startswith("Seccomp:"):
                    return line.split()[1] == "2"
    except OSError:
        pass
    return False


def report(logger):
    """Log once, at start, whether query and update processes will run behind the wall."""
    ok, why = supported()
    if ok:
        logger.info("network wall: query and update processes cannot open network sockets (seccomp)")
    else:
        logger.warning("NETWORK WALL UNAVAILABLE: %s. SPARQL evaluation is kept from the network by "
                       "the query check alone.", why)
    return ok
