"""Developer tool: keep resources/i18n/explorer_*.ts up to date with the sources (run by
`make translations`; not a sub-command: cli/__init__ skips modules whose name starts with _).

    python -m cli._translations                         update the .ts, keep existing translations
    python -m cli._translations        --unfinished     also print what still needs a translation
                                                     as JSON {context: {source: ""}}
    python -m cli._translations        --apply F.json   fill translations from F.json (same shape)

Three kinds of strings reach the .ts:
1. tr()/translate() calls in gui/ and cli/ that pyside6-lupdate finds itself: self.tr("...")
   (context: the class) and QCoreApplication.translate("Context", "...").
2. Calls of module-level wrappers such as gui.text.tr("...", "Context") or plot_grid's
   tr("...") whose context lupdate cannot see (it files them under an empty context, or
   `text.tr("...")` under a context named after the module, 'text'; both are dropped): found
   here by reading the code (ast) and declared with their real context.
3. The model's tables, which are not code: parameter labels, units, descriptions (from
   resources/parameters.csv), group titles, result column labels and units, headline labels
   and their 'none' texts (context ModelText), preset names and descriptions (context Presets),
   storyline titles, descriptions, step titles and narrations (context Storylines).
2 and 3 are written to source_strings.py as QT_TRANSLATE_NOOP lines (generated, not imported)
and handed to lupdate with the code, so one lupdate run merges everything and keeps the
translations already made. Strings no longer used are dropped.
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "resources" / "i18n"         # the .ts files and the generated string list
# Every translation is a file explorer_<lang>.ts here; adding a language is adding one (copy
# an existing .ts, set its language attribute, run `make translations`).
TS_FILES = {path.stem.split("_", 1)[1]: path for path in sorted(HERE.glob("explorer_*.ts"))}
GENERATED = HERE / "source_strings.py"
SCANNED_DIRS = ("gui", "cli")
TRANSLATE_NAMES = {"translate"}     # QCoreApplication.translate / QApplication.translate


# Qt's own words on standard buttons and text-field menus: PySide6-Essentials ships no
# qtbase_de.qm, so the program's catalogue carries them (contexts as in Qt's sources).
QT_STANDARD = [("QPlatformTheme", s) for s in (
    "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
    "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
    "Restore Defaults")] + [("QLineEdit", s) for s in (
    "&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All")] + [
    ("QWidgetTextControl", s) for s in (
        "&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All",
        "Copy &Link Location")]


# --- 3. the model's tables --------------------------------------------------------------------
def model_strings() -> list[tuple[str, str]]:
    """(context, source) of every model-table text the window shows."""
    sys.path.insert(0, str(ROOT))
    from gui import text
    from model import outputs, parameters, presets

    found: list[tuple[str, str]] = []
    for p in parameters.parameters():
        found += [(text.CONTEXT, p.label), (text.CONTEXT, p.unit), (text.CONTEXT, p.description)]
        found += [(text.CONTEXT, part.strip()) for part in p.source.split(";")
                  if not re.fullmatch(r"[SRO]\d+", part.strip())]      # 'assumption', not O3
    found += [(text.CONTEXT, title) for title in parameters.GROUPS.values()]
    for label, _unit in outputs.COLUMN_INFO.values():
        found.append((text.CONTEXT, label))
    found += [(text.CONTEXT, unit) for unit in outputs.UNITS.values()]
    for label, _unit, _better, _missing in outputs.HEADLINE_INFO.values():
        found.append((text.CONTEXT, label))
    for preset in presets.all_presets():
        found += [("Presets", preset.name), ("Presets", preset.description)]
    from model import panels        # the panel registry: translated by the plot grid
    for panel in panels.all_panels():
        found += [("PlotGrid", panel.title), ("PlotGrid", panel.axis_label),
                  ("PlotGrid", panel.right_label), ("Presentation", panel.short)]
        found += [("PlotGrid", s.legend) for s in panel.series()]
        if panel.shortfall:
            found.append(("PlotGrid", panel.shortfall[2]))
    try:
        from model.workshop import storyline
        for story in storyline.all_storylines()[0]:
            found += [("Storylines", story.title), ("Storylines", story.description)]
            for step in story.steps:
                found += [("Storylines", step.title), ("Storylines", step.narration)]
    except ImportError:        # no storylines in this version
        pass
    from model.analysis import goal_seek       # the target grammar's words (gui/target_words.py)
    from gui import target_words
    found += [(target_words.CONTEXT, w) for w in goal_seek.GRAMMAR_WORDS]
    from model.errors import OS_REASONS      # why a file operation failed (gui/error_text.py)
    found += [("OsError", reason) for reason in OS_REASONS.values()]
    found += model_error_strings()
    found += QT_STANDARD
    return [(c, s) for c, s in found if s and any(ch.isalpha() for ch in s)]


def input_error_names() -> set[str]:
    """The names of model.errors.InputError and every subclass of it in the model package
    (each module imported), `error`, the parameter a reader raises its caller's class by, and
    model.errors.Worded (a problem noted, not raised)."""
    import importlib
    import pkgutil

    import model
    from model.errors import InputError
    for info in pkgutil.walk_packages(model.__path__, "model."):
        importlib.import_module(info.name)
    names, todo = set(), [InputError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo += cls.__subclasses__()
    return names | {"error", "Worded"}


def model_error_strings() -> list[tuple[str, str]]:
    """(ModelError, template) of every model error made with a written template:
    `XError("... {field} ...", field=...)` in model/ (X an InputError; gui/error_text.py
    translates the template and fills in the fields)."""
    from gui.error_text import CONTEXT
    names = input_error_names()
    found = []
    for path in sorted((ROOT / "model").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func, args = node.func, node.args
            name = getattr(func, "id", None) or getattr(func, "attr", None)
            if name in names and args and isinstance(args[0], ast.Constant) \
                    and isinstance(args[0].value, str):
                found.append((CONTEXT, args[0].value))
    return found


# --- 2. module-level wrappers --------------------------------------------------------------------
def _constant(node, names: dict[str, str]):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return names.get(node.id)
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Name):
            value = _constant(node.value, out)
            if value is not None:
                out[node.targets[0].id] = value
    return out


def _wrappers(tree: ast.Module, names: dict[str, str]) -> dict[str, tuple[int, int, object]]:
    """Module-level functions `def f(text, context=DEFAULT)` whose body calls
    translate(CONTEXT_OR_PARAM, TEXT_PARAM): name -> (text arg index, context arg index or -1,
    the fixed or default context)."""
    out = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [a.arg for a in node.args.args]
        defaults = dict(zip(params[len(params) - len(node.args.defaults):], node.args.defaults))
        for call in ast.walk(node):
            if not (isinstance(call, ast.Call) and len(call.args) >= 2):
                continue
            func = call.func
            fname = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if fname not in TRANSLATE_NAMES:
                continue
            ctx_node, text_node = call.args[0], call.args[1]
            if not (isinstance(text_node, ast.Name) and text_node.id in params):
                continue
            text_index = params.index(text_node.id)
            fixed = _constant(ctx_node, names)
            if fixed is not None:
                out[node.name] = (text_index, -1, fixed)
            elif isinstance(ctx_node, ast.Name) and ctx_node.id in params:
                default = defaults.get(ctx_node.id)
                out[node.name] = (text_index, params.index(ctx_node.id),
                                  _constant(default, names) if default is not None else None)
    return out


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _imported_modules(tree: ast.Module, module: str) -> dict[str, str]:
    """Local name -> module for `from . import text`, `from gui import text as t`, `import x as y`."""
    package = module.rsplit(".", 1)[0]
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.split(".")[: -node.level]
                base = ".".join(parts + ([base] if base else []))
            for alias in node.names:
                out[alias.asname or alias.name] = f"{base}.{alias.name}" if base else alias.name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    out[alias.asname] = alias.name
    out.setdefault("__package__", package)
    return out


def _parse(files: list[Path]) -> tuple[dict, dict, dict]:
    """Per module of `files`: its syntax tree, its translate wrappers and its imported names."""
    trees, wrappers, imports = {}, {}, {}
    for path in files:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError) as exc:
            print(f"warning: skipped {path}: {exc}", file=sys.stderr)
            continue
        module = _module_name(path)
        trees[module] = tree
        wrappers[module] = _wrappers(tree, _module_constants(tree))
        imports[module] = _imported_modules(tree, module)
    return trees, wrappers, imports


def wrapper_module_names(files: list[Path]) -> set[str]:
    """Local names under which `files` import a module that has translate wrappers, e.g. 'text'
    for `from . import text`: lupdate files a call `text.tr("...")` under a context named
    'text', which is not the wrapper's real context (wrapper_strings declares that one)."""
    _trees, wrappers, imports = _parse(files)
    return {name for names in imports.values() for name, target in names.items()
            if wrappers.get(target)}


def wrapper_strings(files: list[Path]) -> list[tuple[str, str]]:
    """(context, source) of string-literal calls of module-level translate wrappers."""
    trees, wrappers, imports = _parse(files)
    found = []
    for module, tree in trees.items():
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            func, spec = call.func, None
            if isinstance(func, ast.Name):
                spec = wrappers[module].get(func.id)
                if spec is None and func.id in imports[module]:      # from .text import tr
                    source_module, _, name = imports[module][func.id].rpartition(".")
                    spec = wrappers.get(source_module, {}).get(name)
            elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                target = imports[module].get(func.value.id)
                spec = wrappers.get(target, {}).get(func.attr) if target else None
            if spec is None:
                continue
            text_index, ctx_index, context = spec
            if len(call.args) <= text_index:
                continue
            source = call.args[text_index]
            if not (isinstance(source, ast.Constant) and isinstance(source.value, str)):
                continue
            if ctx_index >= 0:
                given = call.args[ctx_index] if len(call.args) > ctx_index else next(
                    (k.value for k in call.keywords if k.arg is not None and
                     k.arg == _param_name(trees, imports, module, func, ctx_index)), None)
                if given is not None:
                    context = _constant(given, _module_constants(tree))
            if context:
                found.append((context, source.value))
    return found


def _param_name(trees, imports, module, func, index):
    """Name of the wrapper's parameter number `index` (for keyword calls)."""
    if isinstance(func, ast.Name):
        target, name = module, func.id
    else:
        target, name = imports[module].get(func.value.id), func.attr
    for node in trees.get(target, ast.Module(body=[])).body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node.args.args[index].arg
    return None


# --- writing and merging --------------------------------------------------------------------------
def source_files() -> list[Path]:
    """Every Python file lupdate reads (gui/ and cli/, recursively)."""
    return sorted(p for d in SCANNED_DIRS for p in (ROOT / d).rglob("*.py")
                  if "__pycache__" not in p.parts)


def write_generated(strings: list[tuple[str, str]]) -> None:
    """Write source_strings.py: one QT_TRANSLATE_NOOP line per (context, source), no duplicates."""
    seen, lines = set(), []
    for context, source in strings:
        if (context, source) not in seen:
            seen.add((context, source))
            lines.append(f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(source, ensure_ascii=False)})")
    GENERATED.write_text(
        '"""Generated by python -m cli._translations for pyside6-lupdate: texts from the model\'s\n'
        'tables and from module-level tr() wrappers, with their contexts. Do not edit or import."""\n'
        "# flake8: noqa\n" + "\n".join(lines) + "\n", encoding="utf-8")


def lupdate(ts: Path, lang: str) -> None:
    """Merge the sources into `ts`, keeping its translations and dropping unused strings."""
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    files = [str(p) for p in source_files()] + [str(GENERATED)]
    subprocess.run([str(tool), "-silent", "-locations", "none", "-no-obsolete",
                    "-source-language", "en", "-target-language", lang]
                   + files + ["-ts", str(ts)], check=True)


def read_ts(ts: Path) -> ET.ElementTree:
    return ET.parse(ts)


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def drop_contextless(ts: Path, misfiled: set[str] = frozenset()) -> list[str]:
    """Remove the empty context lupdate makes for wrapper calls, and the contexts named in
    `misfiled` (module names lupdate took for a context in `module.tr(...)`), all declared again
    with their real context; returns the sources that had no other home (worth a look: a tr()
    lupdate could not place and this script could not either)."""
    tree = read_ts(ts)
    root = tree.getroot()
    wrong = {"", *misfiled}
    homed = {m.findtext("source") for c in root.findall("context")
             if (c.findtext("name") or "") not in wrong for m in c.findall("message")}
    lost = []
    for context in root.findall("context"):
        if (context.findtext("name") or "") in wrong:
            lost += [m.findtext("source") for m in context.findall("message")
                     if m.findtext("source") not in homed]
            root.remove(context)
    write_ts(tree, ts)
    return lost


def unfinished(ts: Path) -> dict[str, dict[str, str]]:
    """{context: {source: ""}} of every message without a finished translation."""
    out: dict[str, dict[str, str]] = {}
    for context in read_ts(ts).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [translation.text] if translation is not None else []
            if translation is not None and message.get("numerus") == "yes":
                forms = [f.text for f in translation.findall("numerusform")]
            if translation is None or translation.get("type") == "unfinished" \
                    or not forms or not all((f or "").strip() for f in forms):
                out.setdefault(context.findtext("name"), {})[message.findtext("source")] = ""
    return out


def apply(ts: Path, translations: dict[str, dict[str, str]]) -> int:
    """Fill translations ({context: {source: translation}}); returns how many were set."""
    tree = read_ts(ts)
    count = 0
    for context in tree.getroot().findall("context"):
        wanted = translations.get(context.findtext("name"), {})
        for message in context.findall("message"):
            value = wanted.get(message.findtext("source"))
            if not value:
                continue
            translation = message.find("translation")
            if message.get("numerus") == "yes":     # plural forms: a list, one form each
                forms = [value] if isinstance(value, str) else list(value)
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
                translation.text = None
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            count += 1
    write_ts(tree, ts)
    return count


def copy_letterless(ts: Path) -> None:
    """Strings without letters ('{0} ({1})') read the same in every language: mark them done."""
    tree = read_ts(ts)
    for message in tree.getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        if translation is not None and translation.get("type") == "unfinished" and \
                message.get("numerus") != "yes" and not any(ch.isalpha() for ch in source):
            translation.text = source
            translation.attrib.pop("type")
    write_ts(tree, ts)


def update(lang: str) -> list[str]:
    """Regenerate source_strings.py and merge everything into the language's .ts."""
    strings = model_strings() + wrapper_strings(source_files())
    write_generated(strings)
    ts = TS_FILES[lang]
    lupdate(ts, lang)
    lost = drop_contextless(ts, wrapper_module_names(source_files()))
    copy_letterless(ts)
    return lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=sorted(TS_FILES),
                        help="the one language to update (default: every explorer_*.ts)")
    parser.add_argument("--apply", metavar="FILE.json", help="fill translations from FILE.json")
    parser.add_argument("--unfinished", action="store_true",
                        help="print the strings without translation as JSON")
    args = parser.parse_args(argv)
    if (args.apply or args.unfinished) and not args.lang and len(TS_FILES) > 1:
        # a file of translations is in one language: applied to every .ts it wrote German into
        # explorer_fr.ts; and one JSON per language on stdout is no JSON document
        parser.error(f"{'--apply' if args.apply else '--unfinished'} with several translations "
                     f"({', '.join(sorted(TS_FILES))}): name the language with --lang")
    for lang in [args.lang] if args.lang else sorted(TS_FILES):
        _update_one(lang, args)
    return 0


def _update_one(lang: str, args) -> None:
    ts = TS_FILES[lang]
    lost = update(lang)
    if args.apply:
        data = json.loads(Path(args.apply).read_text(encoding="utf-8"))
        print(f"{apply(ts, data)} translations applied to {ts.name}", file=sys.stderr)
        lupdate(ts, lang)          # back to lupdate's own layout
        drop_contextless(ts, wrapper_module_names(source_files()))
    for source in lost:
        print(f"warning: no context found for tr({source!r}); use self.tr in a class or "
              "QCoreApplication.translate('Context', ...)", file=sys.stderr)
    todo = unfinished(ts)
    total = sum(len(v) for v in todo.values())
    summary = ", ".join(f"{c} {len(v)}" for c, v in sorted(todo.items()))
    print(f"{ts.name}: {total} untranslated" + (f" ({summary})" if total else ""),
          file=sys.stderr)
    if args.unfinished:
        print(json.dumps(todo, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    sys.exit(main())
