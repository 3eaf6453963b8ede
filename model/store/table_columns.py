"""Fill in the `code` and `since_schema` columns of resources/parameters.csv.

    python -m model.store.table_columns            # rewrite the table in place
    python -m model.store.table_columns --check    # exit 1 if a row still needs filling in

A row whose `code` is blank gets the next free code number (never one used before, including
the codes of retired parameters) and, if its `since_schema` is blank too, the snapshot schema
version this program writes (`model.store.snapshot.SCHEMA_VERSION`). Filled-in rows are left
as they are, so running it twice changes nothing.

If the table has no `code` column at all (a table from before schema 2), the columns are added:
the 62 parameters of schema 1 get the code numbers that scenario codes have used since then,
read from the program's history (`git show 0ff84f3:model/scenario_code.py`, the hand-kept
CODEBOOK this column replaces), with since_schema 1; every other row is new as above.

The table is read and written with the csv module only (it may not load as a table while rows
are blank), keeping the other cells and the quoting style (minimal) as they were.
"""
from __future__ import annotations

import argparse
import ast
import csv
import io
import subprocess
import sys
from pathlib import Path

from ..parameters import TABLE_PATH
from .parameter_codes import RETIRED

CODE, SINCE = "code", "since_schema"
LEGACY_COMMIT = "0ff84f3"          # the last commit with the hand-kept CODEBOOK


def legacy_codebook(root: Path) -> tuple[str, ...]:
    """The schema-1 CODEBOOK (key per code number) read from the git history of the checkout
    at `root`; SystemExit naming the problem if git or the commit is not available."""
    try:
        source = subprocess.run(["git", "show", f"{LEGACY_COMMIT}:model/scenario_code.py"],
                                cwd=root, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise SystemExit(f"cannot read the schema-1 codebook from git commit {LEGACY_COMMIT}: "
                         f"{exc}") from None
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "CODEBOOK":
            return tuple(ast.literal_eval(node.value))
    raise SystemExit(f"no CODEBOOK in {LEGACY_COMMIT}:model/scenario_code.py")


def fill(rows: list[dict], legacy: tuple[str, ...], new_since: int) -> list[dict]:
    """`rows` (csv.DictReader dicts) with blank code / since_schema cells filled in."""
    legacy_code = {key: i for i, key in enumerate(legacy)}
    used = {int(r[CODE]) for r in rows if (r.get(CODE) or "").strip()}
    used |= set(RETIRED) | set(range(len(legacy)))
    for row in rows:
        if not (row.get(CODE) or "").strip():
            key = row["key"]
            if key in legacy_code:
                row[CODE], since = str(legacy_code[key]), 1
            else:
                row[CODE], since = str(max(used, default=-1) + 1), new_since
            used.add(int(row[CODE]))
            if not (row.get(SINCE) or "").strip():
                row[SINCE] = str(since)
        elif not (row.get(SINCE) or "").strip():
            row[SINCE] = str(new_since)
    return rows


def rewrite(path: Path = TABLE_PATH) -> str:
    """The text of the table at `path` with the two columns present and filled in."""
    text = path.read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    fields = list(reader.fieldnames or ())
    rows = list(reader)
    legacy: tuple[str, ...] = ()
    if CODE not in fields:
        legacy = legacy_codebook(Path(__file__).resolve().parents[2])
        fields += [CODE, SINCE]
    from .snapshot import SCHEMA_VERSION
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(fill(rows, legacy, SCHEMA_VERSION))
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Rewrite the table in place (or with --check only report); returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m model.store.table_columns",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a row needs filling in")
    parser.add_argument("--table", type=Path, default=TABLE_PATH)
    args = parser.parse_args(argv)
    old = args.table.read_text(encoding="utf-8")
    new = rewrite(args.table)
    if args.check:
        if new != old:
            print(f"{args.table}: code / since_schema need filling in; run "
                  f"python -m model.store.table_columns", file=sys.stderr)
            return 1
        return 0
    if new != old:
        args.table.write_text(new, encoding="utf-8")
        print(f"filled in {args.table}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
