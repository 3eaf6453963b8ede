"""Write a scenario's results to CSV, XLSX or JSON (atomically)."""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Mapping


from .. import outputs
from .. import parameters as P
from .atomic import write_bytes, write_text

FORMATS = (".csv", ".xlsx", ".json")
CSV_FLOAT_FORMAT = "%.15g"
JSON_DECIMALS = 15          # pandas keeps 10 unless told; 15 is its most, as many as the CSV


def parameter_frame(values: Mapping[str, float]) -> "pd.DataFrame":
    """The scenario's parameters with label, unit, default, range and source."""
    rows = [{"key": p.key, "label": p.label, "value": values.get(p.key, p.default),
             "unit": p.unit, "default": p.default, "min": p.min, "max": p.max,
             "group": p.group, "source": p.source} for p in P.parameters()]
    import pandas as pd       # here: importing pandas costs ~0.4 s of the window's start
    return pd.DataFrame(rows)


def headline_frame(results: outputs.Results, i: int = 0) -> "pd.DataFrame":
    """The headline figures as rows of (key, label, value, unit): numbers with the written unit
    ('$B', 'GW', 'year', '0-100'); value empty where there is none (no bust, never covered)."""
    rows = [{"key": h.key, "label": h.label, "value": h.value, "unit": outputs.unit_text(h.unit)}
            for h in outputs.headlines(results, i).values()]
    import pandas as pd       # here: importing pandas costs ~0.4 s of the window's start
    return pd.DataFrame(rows)


def write_results(results: outputs.Results, values: Mapping[str, float], path: Path,
                  i: int = 0) -> None:
    """Write scenario i's yearly results to `path`; the format follows the extension.

    .csv: one row per year. .xlsx: sheets 'results', 'parameters', 'headlines'.
    .json: {"parameters": {...}, "units": {...}, "results": [{column: value, ...} per year]}.
    """
    path = Path(path)
    frame = results.frame(i)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        # 15 significant digits: what the model computes, without the float noise of binary
        # arithmetic ('28.000000000000004') that a spreadsheet user reads as a defect.
        write_text(path, frame.to_csv(index=False, float_format=CSV_FLOAT_FORMAT))
    elif suffix == ".xlsx":
        # Built in memory, then written by the atomic writer: a zip written straight to a full
        # disk fails half-way and its ZipFile then raises again when it is collected.
        buffer = io.BytesIO()
        import pandas as pd
        with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
            frame.to_excel(writer, sheet_name="results", index=False)
            parameter_frame(values).to_excel(writer, sheet_name="parameters", index=False)
            headline_frame(results, i).to_excel(writer, sheet_name="headlines", index=False)
        write_bytes(path, buffer.getvalue())
    elif suffix == ".json":
        doc = {"parameters": dict(values),
               "units": {c: outputs.COLUMN_INFO[c][1] for c in outputs.ALL_COLUMNS},
               "results": json.loads(frame.to_json(orient="records",
                                                        double_precision=JSON_DECIMALS))}
        write_text(path, json.dumps(doc, indent=1))
    else:
        raise ValueError(f"{path}: unsupported extension (use {', '.join(FORMATS)})")
