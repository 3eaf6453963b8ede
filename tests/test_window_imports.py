"""What the window's start loads: libraries only a sweep or an export needs wait for it.
pyarrow (Parquet sweep files) cost the window 36 MB of resident memory and 40 ms at start
before anyone swept (bench rss_mb, docs/PERFORMANCE.md)."""
import textwrap

from helpers_process import run_script

SCRIPT = textwrap.dedent("""
    import sys
    import main
    from gui import app as gui_app
    app = gui_app.application()
    window = main.create_window([])
    window.show()
    app.processEvents()
    print("LOADED", sorted({m.split('.')[0] for m in sys.modules
                            if m.split('.')[0] in ('pyarrow', 'pandas', 'dask', 'distributed')}))
""")


def test_the_window_starts_without_the_sweep_and_export_libraries(tmp_path):
    done = run_script(SCRIPT, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "LOADED []" in done.stdout, done.stdout + done.stderr[-2000:]
