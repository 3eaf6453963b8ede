"""The model's bad-input errors in the interface language.

A model error (model.errors.InputError) carries its English `template` and the `fields` that
fill it in; its str() is the command line's English. The window words it here: the template is
looked up in the translation files (context ModelError, collected from the raise statements in
model/ by `python -m cli._translations`) and filled in with the same fields; a field that is
itself an InputError (a cause the message quotes) is worded the same way, a table text
(model.errors.TableText: a unit) by gui/text.py, a number by gui/format.py. An error without
a template (not an InputError, or one the translation files do not know) keeps its own text:
nothing is lost, it is only not translated.
"""
from __future__ import annotations

import numbers
import string

from PySide6.QtCore import QCoreApplication, QLocale, QT_TRANSLATE_NOOP

from model.errors import OS_REASONS, InputError, OsReason, TableText, Worded, os_errno, write_failed
from model.store.atomic import NO_REASON, NOT_REGULAR

from . import format as fmt
from . import text

CONTEXT = "ModelError"
OS_CONTEXT = "OsError"
# Why a file could not be written or read: model.errors.OS_REASONS holds the English (the
# command line's), translated here in context OsError (cli/_translations collects them).
# The program's own reasons, for causes the operating system has no word for (the text is the
# OSError's strerror; the translation files collect the literal, a test keeps the two equal).
_OWN_REASONS = {
    NOT_REGULAR: QT_TRANSLATE_NOOP("OsError", "it exists and is not a regular file (a pipe, "
                                   "device or socket); choose another name"),
    NO_REASON: QT_TRANSLATE_NOOP("OsError", "the system gave no reason"),
}


def error_text(error: "BaseException | str") -> str:
    """What `error` says, in the interface language when it is a model InputError (or a
    model.errors.Worded problem) whose template is translated; else str(error)."""
    if not isinstance(error, (InputError, Worded)) or not getattr(error, "template", ""):
        return str(error)
    template = QCoreApplication.translate(CONTEXT, error.template)
    if not error.fields:
        return template
    fields = {name: _field(value) for name, value in error.fields.items()}
    try:
        return string.Formatter().vformat(template, (), fields)
    except (KeyError, IndexError, ValueError):       # a translation that does not fit its fields
        return str(error)


def reason_text(error: BaseException) -> str:
    """Why an operation on a file failed, in the interface language: for an OSError with a
    cause a user can act on (permission, read-only drive, full disk, missing folder ...) that
    cause; for another OSError the operating system's own text; for a model error
    `error_text`; else str(error)."""
    if isinstance(error, OSError):
        if error.strerror in _OWN_REASONS:
            return QCoreApplication.translate(OS_CONTEXT, _OWN_REASONS[error.strerror])
        number = os_errno(error)
        if number in OS_REASONS:
            return QCoreApplication.translate(OS_CONTEXT, OS_REASONS[number])
        return error.strerror or str(error)
    return error_text(error)


def failed_write(path: object, error: BaseException, retried: bool = False) -> str:
    """Why writing the file `path` failed, in the interface language: for an OSError (a full
    disk, a read-only folder ...) model.errors.write_failed's wording, the command line's too
    (why, that nothing was written and whether a file of that name is unchanged, what to do);
    for another error (a value the writer refused) the file and `error_text`. `retried`: a
    file the program writes again by itself with the next change (model.errors.write_failed)."""
    if isinstance(error, OSError):
        return error_text(write_failed(path, error, retried))
    return f"{path}: {error_text(error)}"


def _field(value: object) -> object:
    """A field as the window writes it: a cause in its words, a table text (a unit) as the
    table's translation, a number in the locale."""
    if isinstance(value, (InputError, Worded)):
        return error_text(value)
    if isinstance(value, OsReason):      # the system's English: worded by its errno
        return reason_text(OSError(value.errno, value.strerror or str(value)))
    if isinstance(value, TableText):
        return text.tr(str(value))
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Integral):
        return _LocaleNumber(int(value))
    if isinstance(value, numbers.Real):
        return _LocaleReal(float(value))
    if isinstance(value, str):
        return _QuotedText(value)
    return value


class _QuotedText(str):
    """A text field that a template quotes with '{name!r}' (a typed code, a key): written
    between the interface language's quotation marks (QLocale.quoteString: „AICX9:“ in German,
    “AICX9:” in English), as the window's own messages quote a typed text, with repr's escapes
    kept inside (a control character stays visible as '\\x07'). The command line's English
    (str(error)) keeps Python's 'AICX9:'."""

    def __repr__(self) -> str:
        return QLocale().quoteString(str.__repr__(str(self))[1:-1])


class _LocaleNumber(int):
    """A whole number (a count: characters, bytes, rows) that str.format writes in the installed
    locale with its thousands separator ('12,345' / '12.345', fmt.count), whatever format the
    English template gives it ('{count:,}')."""

    def __format__(self, spec: str) -> str:
        return fmt.count(int(self))


class _LocaleReal(float):
    """A number that str.format writes in the installed locale with the decimals it needs
    (up to six: '2,5', '0,15'), whatever format the English template gives it ('{low:g}')."""

    def __format__(self, spec: str) -> str:
        return fmt.trimmed(float(self), 6)
