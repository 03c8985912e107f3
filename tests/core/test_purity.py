import subprocess
import sys


def test_core_imports_no_qt():
    code = (
        "import sys, viewer.core.loading, viewer.core.layout, viewer.core.spatial, "
        "viewer.core.ticks, viewer.core.serialize, viewer.core.relations, viewer.core.labels, "
        "viewer.core.ranges, viewer.core.importers, viewer.core.export_spec; "
        "qt = ('PySide6', 'shiboken6', 'pyqtgraph'); "
        "bad = [m for m in sys.modules if m.split('.')[0] in qt]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
