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
