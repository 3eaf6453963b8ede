"""The error every part of the model raises for bad input, so a caller can catch them all.

    InputError            bad input from a user: the message says what was wrong and what is
      ParameterError      allowed (model.parameters: an unknown key, a value out of range)
      SnapshotError       (model.store.snapshot: a snapshot file that cannot be used)
      StoreError          (model.store.snapshot_store: the snapshot folder cannot be written)
      ScenarioCodeError   (model.store.scenario_code: a code that cannot be used)
      StorylineError      (model.workshop.storyline: a storyline file that cannot be used)
      UnreadableFile      (model.store.safe_read: a FIFO, folder, loop or too large a file)

The window and the command line catch InputError around an action that may raise several of
these and show its message as one line; nothing else about them is shared. Each is made from
an English template and fields (InputError's docstring), which the window words in its
language (gui/error_text.py); Worded is such a message noted rather than raised, TableText a
table text quoted in one, OsReason the system's reason for a refused file operation. Inputs quoted in a
message are cut with `clip` (model.limits.MESSAGE_QUOTE_CHARS), so a 100k-character key never
becomes a 100k-character message.
"""
from __future__ import annotations

import errno
import os
import re
from typing import Callable, Optional

from .limits import DATA_ENV, MESSAGE_QUOTE_CHARS, PATH_QUOTE_CHARS

_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
                          r"\ud800-\udfff]")


def length_note(length: int) -> str:
    """What `clip` appends to a cut text by default: '(12,345 characters)' (the command line's
    English; the window passes its translated note, gui.plain_text.length_note)."""
    return f"({length:,} characters)"


class TableText(str):
    """A text of the model's tables (a unit, a label) quoted in a message as a field: a window
    writes it as its translation of the table (gui/text.py), the command line as it is."""


# Why a file could not be written or read, for the causes a user can act on, in a person's
# words: the command line's English and the source text the window translates (context
# OsError, gui/error_text.reason_text). The operating system's own text ('No space left on
# device') is kept for the other causes.
OS_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the drive is read-only",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "it is a folder",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EIO: "the disk reported an input/output error",
}
_ERRNO_IN_TEXT = re.compile(r"\[errno (\d{1,4})\]", re.IGNORECASE)


def os_errno(exc: BaseException) -> Optional[int]:
    """The errno of a failed file operation: the OSError's own, else the one a library wrote
    into its text (pyarrow: 'Error writing bytes to file. Detail: [errno 28] No space left on
    device'); None if neither says."""
    number = getattr(exc, "errno", None)
    if isinstance(number, int):
        return number
    found = _ERRNO_IN_TEXT.search(str(exc))
    return int(found.group(1)) if found else None


def os_reason(exc: BaseException) -> str:
    """Why a file operation failed, in English a person reads: OS_REASONS' words for a cause
    one can act on (a full disk, a read-only drive, ...), else the system's own text."""
    number = os_errno(exc)
    if number in OS_REASONS:
        return OS_REASONS[number]
    return getattr(exc, "strerror", None) or str(exc)


class OsReason(str):
    """Why the system refused a file operation, as a message field: in English `os_reason`
    ('the disk is full', the command line's), which a window words by its errno in its
    language ('der Datenträger ist voll', gui/error_text.reason_text)."""

    def __new__(cls, exc: BaseException):
        reason = super().__new__(cls, os_reason(exc))
        reason.errno = os_errno(exc)
        reason.strerror = getattr(exc, "strerror", None) or str(exc)
        return reason


class Worded(str):
    """A message that is no error to raise (a problem noted in a list, e.g. a dropped part of
    the kept session): the English text, made like an InputError's from a `template` and its
    `fields` (str.format), which a window words in its language the same way
    (gui/error_text.py)."""

    def __new__(cls, template: str, /, **fields):
        worded = super().__new__(cls, template.format(**fields) if fields else template)
        worded.template, worded.fields = template, fields
        return worded


_SPACE_ERRNOS = (errno.ENOSPC, errno.EDQUOT)


def write_failed(path: object, exc: BaseException, retried: bool = False) -> Worded:
    """The one wording of an output file that could not be written (a full disk, a read-only
    folder ...), for the command line (its English) and the window (gui/error_text words it):
    the file, why (`os_reason`), that nothing was written and whether a file of that name was
    left as it was, and what to do. Every output is written atomically (model/store/atomic:
    a temporary renamed over the file once whole, removed on failure), so after a failure a
    regular file at `path` is the one that was there before, untouched. `retried`: a file the
    program keeps by itself (the session, its log, the autosave) and writes again with the
    next change, whose folder the user does not choose: the remedy says so instead of 'choose
    another drive, then try again'."""
    kept = (Worded("nothing was written and the file already there is unchanged")
            if os.path.isfile(path) else Worded("nothing was written and no file was made"))
    space = os_errno(exc) in _SPACE_ERRNOS
    if retried:
        remedy = (Worded("Free some space; it is written again with the next change.") if space
                  else Worded("Check that its folder can be written; it is written again with "
                              "the next change."))
    else:
        remedy = (Worded("Free some space or choose another drive, then try again.") if space
                  else Worded("Choose another folder or name, then try again."))
    return Worded("{path}: cannot write the file: {reason}; {kept}. {remedy}",
                  path=clip(path, PATH_QUOTE_CHARS), reason=OsReason(exc), kept=kept,
                  remedy=remedy)


def folder_failed(folder: object, exc: BaseException) -> Worded:
    """The one wording of a folder the program needs and could not make (the snapshots' folder
    or its trash, at start-up or at a delete), for the command line's English and the window
    (gui/error_text words it): the folder, why (`os_reason`: a read-only drive, no permission,
    a file in the way) and what to do: move the thing in the way, or make the folder writable,
    or point the data folder (environment variable `DATA_ENV`) somewhere that is."""
    return Worded("{folder}: cannot create the folder: {reason}. {remedy}",
                  folder=clip(folder, PATH_QUOTE_CHARS), reason=OsReason(exc),
                  remedy=data_folder_remedy(exc))


def data_folder_remedy(exc: BaseException) -> Worded:
    """What to do when the system refused an operation in the data folder (`exc`): move the
    thing in the way, free some space, or make the folder writable or point the data folder
    (environment variable `DATA_ENV`) somewhere that is (folder_failed's and remove_failed's
    remedy: one wording)."""
    number = os_errno(exc)
    if number == errno.ENOTDIR:
        return Worded("Move away the file, pipe or link of that name (or of a folder above it) "
                      "that is in the way, or set {env} to another folder, then try again.",
                      env=DATA_ENV)
    if number == errno.EISDIR:
        return Worded("Move away the folder of that name, or set {env} to another folder, "
                      "then try again.", env=DATA_ENV)
    if number in _SPACE_ERRNOS:
        return Worded("Free some space, then try again.")
    return Worded("Make it writable, or set {env} to a folder you may write, then "
                  "try again.", env=DATA_ENV)


def remove_failed(path: object, exc: BaseException) -> Worded:
    """The one wording of a file the program keeps by itself in the data folder (the autosave)
    that could not be removed, for the command line's English and the window (gui/error_text
    words it): the file, why (`os_reason`, never the system's raw text for a cause one can act
    on), that it stays (so the next start offers it again: nothing is lost) and what to do
    (`data_folder_remedy`)."""
    folder, name = os.path.split(os.fspath(path))
    return Worded("{folder}: cannot remove {name} from this folder: {reason}; the file stays, "
                  "and the next start offers it again. {remedy}",
                  folder=clip(folder, PATH_QUOTE_CHARS), name=clip(name), reason=OsReason(exc),
                  remedy=data_folder_remedy(exc))


class InputError(ValueError):
    """Bad input (a value, a file, a code); the message names what is wrong and what is allowed.

    Raised as `XError("template with {fields}", field=value, ...)`: the message (str()) is the
    English `template` filled in with `fields` (str.format), as the command line prints it; a
    window words the same `template` in its language (the templates are collected for
    translation, context ModelError) and fills in the same `fields` (gui/error_text.py). The
    model holds no other wording of its errors. A field may be another InputError (a cause
    quoted in the message): it is worded the same way."""

    def __init__(self, template: str = "", /, **fields):
        self.template = template
        self.fields = fields
        super().__init__(template.format(**fields) if fields else template)

    def __reduce__(self):
        """Pickled with its template and fields (a spawned worker's error comes back whole)."""
        return (_rebuild, (type(self), self.template, self.fields, self.args))


def _rebuild(cls, template: str, fields: dict, args: tuple) -> "InputError":
    """An InputError of class `cls` again (unpickling: a subclass's own __init__ may take other
    arguments, so it is not called)."""
    error = Exception.__new__(cls)
    Exception.__init__(error, *args)
    error.template, error.fields = template, fields
    return error


def clip(text: object, limit: int = MESSAGE_QUOTE_CHARS,
         note: Callable[[int], str] = length_note) -> str:
    """`text` (str() of it) cut to `limit` characters with '…' and the full length noted
    (`note(length)`), for quoting an input in a message; short texts are returned unchanged."""
    text = str(text)
    if len(text) <= limit:
        return text
    return f"{text[:max(1, limit - 1)]}… {note(len(text))}"


def clip_repr(value: object, limit: int = MESSAGE_QUOTE_CHARS) -> str:
    """repr(value) cut like `clip` (the repr of a huge string is never built in full)."""
    if isinstance(value, str) and len(value) > limit:
        return f"{value[:limit]!r}… ({len(value):,} characters)"
    return clip(repr(value), limit)


def printable(text: object) -> str:
    """str(text) with every character that would act rather than show replaced by '\ufffd':
    control characters (a terminal takes ESC '\x1b[...' as a command: colours, a new window
    title, a cleared screen), the bidirectional overrides that reorder what is read, and
    unpaired surrogates (a file name that is not UTF-8). Tabs and line breaks are kept. For
    every line written to a terminal or a label that quotes outside text."""
    return _UNPRINTABLE.sub("\ufffd", str(text))
