"""The interface language: which one (command line > saved choice > system locale), and the
Qt translators and number locale that make the window speak it.

The languages are the translation files found: resources/i18n/explorer_<lang>.ts (or a
compiled explorer_<lang>.qm alone, as in an installed wheel), plus English, the language the
program is written in. Adding a language is adding its .ts file; nothing lists the languages by
hand. The .ts sources are kept up to date with `make translations`; the compiled
explorer_<lang>.qm is committed beside each and shipped in the wheel (`make qm` rebuilds it; a
test checks it matches the .ts). The files are found through resources.resource_path. The
bundled .qm is always used when it exists (a warning is logged if its .ts holds more
finished translations than it has messages), so a
start-up runs no tool; only a .ts without any .qm (a language just added) is compiled into a
cache folder with the pyside6-lrelease next to the running Python (never one from PATH), and
if that fails a warning is logged and the window stays English. Nothing here ever raises for a
missing translation.
"""
from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from model.errors import clip_repr
from model.limits import TESTING_ENV
from model.store import atomic
from resources import TRANSLATIONS, resource_path

SOURCE_LANGUAGE = "en"        # the language of the strings in the code (no translation needed)
DEFAULT = SOURCE_LANGUAGE
SETTINGS_KEY = "ui/language"
I18N_DIR = resource_path(TRANSLATIONS)
CACHE_DIR = Path(tempfile.gettempdir()) / "ai-capex-explorer-i18n"

# A translated message of a .ts file: a <translation> without a type, or of another type than
# these three (lrelease compiles exactly those).
_FINISHED = re.compile(r'<translation(?![^>]*type="(?:unfinished|vanished|obsolete)")[^>]*>'
                       r'(?!</translation>)')
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")   # the first 16 bytes of a .qm
QM_HASHES = 0x42                                               # the tag of its hash table

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []      # the translators this module put into the application
_current = DEFAULT


def languages(directory: Optional[Path] = None) -> dict[str, str]:
    """The languages the program speaks, code -> name in that language ('de' -> 'Deutsch'):
    English (the source language) first, then every translation in `directory` (default
    resources/i18n) as explorer_<code>.ts or explorer_<code>.qm, sorted by code."""
    folder = Path(directory or I18N_DIR)
    found = {path.stem.split("_", 1)[1].lower() for pattern in ("explorer_*.ts", "explorer_*.qm")
             for path in folder.glob(pattern)}
    codes = [SOURCE_LANGUAGE] + sorted(found - {SOURCE_LANGUAGE})
    return {code: language_name(code) for code in codes}


def language_name(code: str) -> str:
    """A language's name in its own language from Qt's locale data ('Deutsch', 'Français');
    the source language by its plain name ('English'); the code itself if Qt does not know it."""
    loc = QLocale(code)
    if loc.language() == QLocale.Language.C:
        return code
    if code == SOURCE_LANGUAGE:
        return QLocale.languageToString(loc.language())
    name = loc.nativeLanguageName() or QLocale.languageToString(loc.language())
    return name[:1].upper() + name[1:]


def normalize(code: Optional[str]) -> Optional[str]:
    """'de', 'DE', 'de_AT', 'de-CH' -> 'de' (a territory is dropped unless a translation has
    it, e.g. 'pt_br'); None for None, '' or a language without a translation file."""
    if not code:
        return None
    full = str(code).strip().lower().replace("-", "_")
    known = languages()
    if full in known:
        return full
    short = full.split("_")[0]
    return short if short in known else None


def check(code: str) -> str:
    """The supported language code for a --lang value; ValueError naming the choices otherwise."""
    found = normalize(code)
    if found is None:
        raise ValueError(f"--lang {clip_repr(code)}: expected one of {', '.join(languages())}")
    return found


def number_locale(lang: str) -> QLocale:
    """The QLocale numbers are written in for `lang`. The source language keeps writing numbers
    without a thousands separator ('29200', as files and the command line do); a translated
    interface follows its locale ('29.200', '29 200')."""
    loc = QLocale(lang)
    if lang == SOURCE_LANGUAGE:
        loc.setNumberOptions(loc.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return loc


def saved_language(settings: Optional[QSettings]) -> Optional[str]:
    """The language the user chose in View → Language, if any (None without settings)."""
    if settings is None:
        return None
    return normalize(settings.value(SETTINGS_KEY))


def save_language(settings: QSettings, lang: str) -> Optional[OSError]:
    """Remember `lang` as the user's choice for the next start; None if written, else why the
    settings file could not be written (a full disk, a read-only folder: QSettings says so
    only in its status; the cause is found by model.store.atomic.why_not_writable). QSettings
    keeps the choice and writes it with its next sync. Written through a new QSettings on the
    same file: a QSettings keeps the first error it met for good, so once the disk had been
    full every later choice was said to be unsaved although it was written."""
    lang = check(lang)
    return write_settings(settings, {SETTINGS_KEY: lang})


def write_settings(settings: QSettings, values: dict) -> Optional[OSError]:
    """Put `values` (settings key -> value) in `settings` and write them to its file now; None
    if written, else why not (model.store.atomic.why_not_writable: QSettings gives only
    'AccessError'). Written through a new QSettings on the same file, whose status is this
    write's alone (a QSettings keeps the first error it met for good). The one writer of the
    settings file: the language choice, the window's geometry at close."""
    writer = QSettings(settings.fileName(), settings.format())    # the same file, a new status
    for key, value in values.items():
        settings.setValue(key, value)
        writer.setValue(key, value)
    writer.sync()
    if writer.status() == QSettings.Status.NoError:
        return None
    return atomic.why_not_writable(Path(settings.fileName()))


def system_language() -> str:
    """The system locale's language if there is a translation for it, otherwise English."""
    return normalize(QLocale.system().name()) or DEFAULT


def choose_language(requested: Optional[str], settings: Optional[QSettings],
                    kept: Optional[str] = None) -> str:
    """--lang if given, else the saved choice, else `kept` (the language of the kept session,
    model.workshop.session_state), else the system locale. While tests run
    (AI_CAPEX_EXPLORER_TESTING set) the default is English: only --lang or a kept session in
    the test's own data folder changes it."""
    chosen = normalize(requested)
    if chosen:
        return chosen
    if os.environ.get(TESTING_ENV):
        return normalize(kept) or DEFAULT
    return saved_language(settings) or normalize(kept) or system_language()


def current_language() -> str:
    """The language installed last (a code of `languages()`)."""
    return _current


def source_file(lang: str) -> Path:
    """The translation source of a language, e.g. resources/i18n/explorer_de.ts."""
    return I18N_DIR / f"explorer_{lang}.ts"


def lrelease_command() -> Optional[list[str]]:
    """The pyside6-lrelease installed next to the running Python (the program's own venv), or
    None. Never one found on PATH: a start-up must not run whatever program happens to be there."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return [str(beside)] if beside.exists() else None


def finished_translations(ts: Path) -> int:
    """How many messages of a .ts file have a finished translation (not 'unfinished',
    'vanished' or 'obsolete'); 0 if the file cannot be read."""
    try:
        source = ts.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 0
    return len(_FINISHED.findall(source))


def qm_messages(qm: Path) -> Optional[int]:
    """How many messages a compiled .qm file holds (its hash table has 8 bytes a message),
    or None if it cannot be read as one."""
    try:
        data = qm.read_bytes()
    except OSError:
        return None
    if not data.startswith(QM_MAGIC):
        return None
    at = len(QM_MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], int.from_bytes(data[at + 1:at + 5], "big")
        if tag == QM_HASHES:
            return length // 8
        at += 5 + length
    return 0


def compiled_file(lang: str, cache_dir: Optional[Path] = None) -> Optional[Path]:
    """The .qm of a language. The bundled .qm is used whenever there is one (a warning is
    logged if its .ts holds more finished translations: run `make qm`), so a start-up never
    runs a tool. Only a language
    with a .ts and no .qm at all (a translation just added) is compiled into `cache_dir`, with
    the venv's pyside6-lrelease (never one from PATH). None (with a logged warning) if there
    is no way to get one."""
    ts = source_file(lang)
    built = ts.with_suffix(".qm")
    if not ts.exists():
        if built.exists():
            return built
        log.warning("no translation for %s in %s; the interface stays English", lang, ts.parent)
        return None
    if built.exists():
        # The bundled .qm is always used when there is one: start-up runs no tool (issue 12).
        # Its age says nothing (a fresh clone writes both files in the same moment, the .ts
        # last): it is stale if the .ts holds more finished translations than it has messages.
        finished, compiled = finished_translations(ts), qm_messages(built)
        if compiled is not None and finished > compiled:
            log.warning("%s holds %d translations, %s has %d; using it anyway (run `make qm` "
                        "to recompile)", built, compiled, ts, finished)
        return built
    cache = Path(cache_dir or CACHE_DIR)
    target = cache / f"explorer_{lang}_{int(ts.stat().st_mtime_ns)}.qm"
    if target.exists():
        return target
    command = lrelease_command()
    if command is None:
        log.warning("%s is not compiled and no pyside6-lrelease was found; run `make`. "
                    "The interface stays English.", ts)
        return None
    try:
        cache.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.part")
        subprocess.run(command + ["-silent", str(ts), "-qm", str(partial)], check=True,
                       capture_output=True, timeout=60)
        os.replace(partial, target)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s (%s); the interface stays English", ts, exc)
        return built if built.exists() else None
    return target


def _remove_translators() -> None:
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            QCoreApplication.removeTranslator(translator)


def install(lang: str, cache_dir: Optional[Path] = None) -> str:
    """Make the application speak `lang` from now on: removes the translators installed
    before, installs the program's and Qt's own (standard buttons) for `lang`, sets the number
    locale of new widgets and of gui.format (QLocale's default). Returns the language actually installed: English
    when the translation cannot be loaded (a warning is logged). Call before building widgets."""
    global _current
    requested, lang = lang, normalize(lang) or DEFAULT
    if requested and lang == DEFAULT and str(requested).lower() != DEFAULT:
        log.warning("no translation %r in %s; the interface stays English", requested, I18N_DIR)
    _remove_translators()
    if lang != DEFAULT:
        qm = compiled_file(lang, cache_dir)
        translator = QTranslator()
        if qm is None or not translator.load(str(qm)):
            if qm is not None:
                log.warning("could not load %s; the interface stays English", qm)
            lang = DEFAULT
        else:
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            qt_own = QTranslator()
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{lang}", qt_dir) or qt_own.load(f"qt_{lang}", qt_dir):
                QCoreApplication.installTranslator(qt_own)
                _installed.append(qt_own)
    QLocale.setDefault(number_locale(lang))
    _current = lang
    return lang
