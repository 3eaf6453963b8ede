"""The registries are the one home of what they list (docs/ARCHITECTURE.md): a limit in
model/limits.py that the program does not read is a second home beside the number it really
uses (snapshot_store had its own MAX_NAME_ATTEMPTS = 10_000 beside the unread
SNAPSHOT_MAX_NAME_ATTEMPTS; nothing read JSON_MAX_DEPTH, presets and storylines used the
snapshot depth)."""
import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = ("model", "gui", "cli")


def program_sources() -> str:
    """The text of every module of the program but model/limits.py itself."""
    files = [ROOT / "main.py"] + [path for part in PROGRAM for path in (ROOT / part).rglob("*.py")]
    return "\n".join(path.read_text(encoding="utf-8") for path in files
                     if path != ROOT / "model" / "limits.py")


def test_every_limit_is_read_by_the_program():
    tree = ast.parse((ROOT / "model" / "limits.py").read_text(encoding="utf-8"))
    names = [target.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
             for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
             if isinstance(target, ast.Name)]
    assert len(names) > 20, names
    text = program_sources()
    unread = [name for name in names if not re.search(rf"\b{name}\b", text)]
    assert not unread, f"model/limits.py names limits no module reads: {unread}"


def test_no_length_or_row_limit_is_defined_outside_the_limits_registry():
    """Lengths and row counts that bound input, messages and display are limits (docs/
    ARCHITECTURE.md: 'lengths — model/limits.py'): hostile26 found five defined in the modules
    that used them (YEAR_QUOTE_CHARS in goal_seek, COMPARE_LABEL_CHARS and XLSX_CELL_CHARS in
    snapshot_compare, CHOOSER_CHARS in the storyline panel, discovery's MAX_ROWS). A private
    name is a format's own (scenario_code's checksum length), not a limit."""
    defined = []
    for path in [ROOT / "main.py"] + [p for part in PROGRAM for p in (ROOT / part).rglob("*.py")]:
        if path == ROOT / "model" / "limits.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            targets = (node.targets if isinstance(node, ast.Assign)
                       else [node.target] if isinstance(node, ast.AnnAssign) else [])
            for target in targets:
                if isinstance(target, ast.Name) and isinstance(node.value, (ast.Constant,
                                                                              ast.Tuple,
                                                                              ast.BinOp)) \
                        and re.fullmatch(r"[A-Z][A-Z0-9_]*(_CHARS|MAX_ROWS|_MAX_BYTES)", target.id):
                    defined.append(f"{path.relative_to(ROOT)}: {target.id}")
    assert not defined, defined
