"""The translation tool (cli/_translations.py, run by `make translations`): the strings it
declares to lupdate with their contexts, and its edits of a .ts file (misfiled contexts dropped,
letterless strings marked done, what is unfinished, translations applied). On small files in a
temporary folder; pyside6-lupdate itself is not run (the shipped .qm against its .ts:
test_package.py)."""
import pytest

from cli import _translations as T
from gui import text
from model import parameters as P

WRAPPERS = '''
from PySide6.QtCore import QCoreApplication

CONTEXT = "Words"


def tr(text, context=CONTEXT):
    return QCoreApplication.translate(context, text)


def fixed(text):
    return QCoreApplication.translate("Fixed", text)
'''

CALLS = '''
from . import words
from .words import fixed, tr

a = words.tr("Hello")
b = tr("Bye", "Elsewhere")
c = words.tr("Keyword", context="Named")
d = fixed("Steady")
e = words.tr(not_a_literal)
'''


def test_wrapper_calls_are_declared_with_their_real_contexts(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(T, "ROOT", tmp_path)
    folder = tmp_path / "gui"
    folder.mkdir()
    (folder / "words.py").write_text(WRAPPERS, encoding="utf-8")
    (folder / "calls.py").write_text(CALLS, encoding="utf-8")
    (folder / "broken.py").write_text("def (:\n", encoding="utf-8")
    files = sorted(folder.glob("*.py"))
    assert sorted(T.wrapper_strings(files)) == [("Elsewhere", "Bye"), ("Fixed", "Steady"),
                                                ("Named", "Keyword"), ("Words", "Hello")]
    assert T.wrapper_module_names(files) == {"words"}     # lupdate's context for words.tr(...)
    assert "broken.py" in capsys.readouterr().err           # skipped with a warning


def test_the_model_tables_reach_the_translations():
    declared = set(T.model_strings())
    for p in P.parameters():
        assert {(text.CONTEXT, p.label), (text.CONTEXT, p.description)} <= declared, p.key
    assert ("QPlatformTheme", "Cancel") in declared          # Qt's own button words
    assert all(any(ch.isalpha() for ch in source) for _, source in declared)


def test_the_generated_list_has_each_string_once(tmp_path, monkeypatch):
    monkeypatch.setattr(T, "GENERATED", tmp_path / "strings.py")
    T.write_generated([("C", 'say "hi"'), ("C", 'say "hi"'), ("D", "Grüß")])
    lines = [line for line in (tmp_path / "strings.py").read_text(encoding="utf-8").splitlines()
             if line.startswith("QT_TRANSLATE_NOOP")]
    assert lines == ['QT_TRANSLATE_NOOP("C", "say \\"hi\\"")', 'QT_TRANSLATE_NOOP("D", "Grüß")']


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context><name>Window</name>
<message><source>&amp;File</source><translation>&amp;Datei</translation></message>
<message><source>Save</source><translation type="unfinished"></translation></message>
<message><source>{0} ({1})</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n files</source><translation type="unfinished">
<numerusform></numerusform><numerusform></numerusform></translation></message>
<message><source>Gone</source><translation type="vanished">Weg</translation></message>
</context>
<context><name></name>
<message><source>Hello</source><translation type="unfinished"></translation></message>
<message><source>Save</source><translation type="unfinished"></translation></message>
</context>
<context><name>words</name>
<message><source>Bye</source><translation type="unfinished"></translation></message>
</context>
</TS>
"""


def test_a_ts_file_is_edited_as_make_translations_does(tmp_path):
    ts = tmp_path / "explorer_de.ts"
    ts.write_text(TS, encoding="utf-8")
    # the empty context and the misfiled 'words' go; what had no other home is reported
    assert sorted(T.drop_contextless(ts, {"words"})) == ["Bye", "Hello"]
    T.copy_letterless(ts)                                   # '{0} ({1})' reads the same
    assert T.unfinished(ts) == {"Window": {"Save": "", "%n files": ""}}
    done = T.apply(ts, {"Window": {"Save": "Speichern", "%n files": ["%n Datei", "%n Dateien"]},
                        "Elsewhere": {"Save": "x"}})
    assert done == 2 and T.unfinished(ts) == {}
    root = T.read_ts(ts).getroot()
    assert [c.findtext("name") for c in root.findall("context")] == ["Window"]
    messages = {m.findtext("source"): m for m in root.iter("message")}
    assert messages["Save"].findtext("translation") == "Speichern"
    assert [f.text for f in messages["%n files"].find("translation")] == ["%n Datei", "%n Dateien"]
    assert messages["{0} ({1})"].findtext("translation") == "{0} ({1})"
    assert messages["Gone"].find("translation").get("type") == "vanished"
    assert ts.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="utf-8"?>\n'
                                                     "<!DOCTYPE TS>\n<TS")


@pytest.mark.parametrize("option", [["--apply", "de.json"], ["--unfinished"]])
def test_with_a_second_language_apply_and_unfinished_ask_which(tmp_path, monkeypatch, capsys,
                                                              option):
    """Following the French recipe, `--apply de.json` (the README's German workflow) wrote the
    German words into explorer_fr.ts as well, and `--unfinished` printed two JSON documents
    one after the other. With several .ts files they now need --lang, and nothing is touched."""
    updated = []
    monkeypatch.setattr(T, "_update_one", lambda lang, args: updated.append(lang))
    monkeypatch.setattr(T, "TS_FILES", {"de": tmp_path / "explorer_de.ts",
                                        "fr": tmp_path / "explorer_fr.ts"})
    with pytest.raises(SystemExit) as exit_:
        T.main(option)
    assert exit_.value.code == 2 and updated == []
    assert "name the language with --lang" in capsys.readouterr().err
    assert T.main(option + ["--lang", "fr"]) == 0 and updated == ["fr"]
    monkeypatch.setattr(T, "TS_FILES", {"de": tmp_path / "explorer_de.ts"})
    assert T.main(option) == 0 and updated == ["fr", "de"]       # one language: as before
