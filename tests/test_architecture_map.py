"""docs/ARCHITECTURE.md is the true map: every module and folder its "Map" block names exists,
and every package of the program is on it."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAP_HEADING = "## Map"
NAME = re.compile(r"^[A-Za-z_][\w.]*(/|\.py|\.md|\.csv|\.json)?$")


def map_entries() -> list[Path]:
    """The paths the Map block names, resolved from its indentation (two spaces a level)."""
    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    block = text.split(MAP_HEADING, 1)[1].split("```", 2)[1]
    stack: list[tuple[int, str]] = []
    paths = []
    for line in block.splitlines():
        if not line.strip() or not line[0] in " abcdefghijklmnopqrstuvwxyz_":
            continue
        indent = len(line) - len(line.lstrip(" "))
        head = re.split(r"\s{2,}", line.strip(), maxsplit=1)[0]
        names = [n.strip() for n in head.split(",") if n.strip()]
        if not names or not all(NAME.match(n) for n in names):
            continue                                  # a continuation line of a description
        while stack and stack[-1][0] >= indent:
            stack.pop()
        base = Path(*[d for _, d in stack]) if stack else Path()
        for n in names:
            if n.endswith("/") or n.endswith((".py", ".md", ".csv", ".json")):
                paths.append(base / n.rstrip("/"))
        if len(names) == 1 and names[0].endswith("/"):
            stack.append((indent, names[0].rstrip("/")))
    return paths


def test_every_module_the_map_names_exists():
    paths = map_entries()
    assert len(paths) > 40, f"the map names only {len(paths)} paths: the parser lost its way"
    missing = [str(p) for p in paths if not (ROOT / p).exists()]
    assert not missing, f"docs/ARCHITECTURE.md names modules that do not exist: {missing}"


def test_every_package_of_the_program_is_on_the_map():
    named = {p.as_posix() for p in map_entries()}
    packages = sorted(p.parent.relative_to(ROOT).as_posix() for top in ("model", "gui", "cli")
                      for p in (ROOT / top).rglob("__init__.py"))
    absent = [pk for pk in packages if pk not in named]
    assert not absent, f"packages missing from docs/ARCHITECTURE.md's map: {absent}"
