"""The loop of gui.workers.WorkerProcess's worker process. No Qt here: the spawned process
imports this module and what its jobs need, nothing of the window."""
from __future__ import annotations

from typing import Any, Callable


def error_text(exc: BaseException) -> str:
    """An exception as one line: 'Type: message'."""
    return f"{type(exc).__name__}: {exc}"


def serve(connection, warm_up: Callable[[], Any]) -> None:
    """The worker process's loop (no Qt in it): run `warm_up`, say ("ready", None) or
    ("failed", error text), then for every (function, args, kwargs) received on `connection`
    send back ("ok", result) or ("error", error text), until None or the other end closes."""
    try:
        warm_up()
        connection.send(("ready", None))
    except Exception as exc:
        connection.send(("failed", error_text(exc)))
        return
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):                   # the window's process has gone
            return
        if job is None:
            return
        function, args, kwargs = job
        try:
            reply = ("ok", function(*args, **kwargs))
        except Exception as exc:
            reply = ("error", error_text(exc))
        try:
            connection.send(reply)
        except OSError:                               # the window's process has gone
            return
