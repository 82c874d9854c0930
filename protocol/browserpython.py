"""What the browser needs to run the project's Python: Pyodide from the pinned npm package and
archives of our own pure-Python packages, copied into the built site (never a CDN).

    install(root, site_dir)   copy Pyodide to assets/pyodide/, write assets/python/<pkg>.zip
"""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

__all__ = ["install", "PYODIDE_FILES", "ARCHIVES"]

# The core runtime and standard library only: what loadPyodide() fetches.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                 "pyodide-lock.json")
# Archive name -> the packages (folders under the project root) it holds.
ARCHIVES = {"guides": ("guides",)}
_EPOCH = (1980, 1, 1, 0, 0, 0)  # fixed timestamps: the same sources give the same bytes


def _copy_pyodide(root: Path, dest: Path) -> None:
    source = root / "node_modules" / "pyodide"
    missing = [name for name in PYODIDE_FILES if not (source / name).exists()]
    if missing:
        raise FileNotFoundError(f"{source}: missing {', '.join(missing)}; run 'npm ci' "
                                "(make build does it)")
    dest.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copyfile(source / name, dest / name)


def _write_archive(root: Path, packages: tuple[str, ...], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for package in packages:
            for path in sorted((root / package).rglob("*.py")):
                info = zipfile.ZipInfo(str(path.relative_to(root)), _EPOCH)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, path.read_bytes())


def install(root: Path, site_dir: Path) -> None:
    _copy_pyodide(Path(root), Path(site_dir) / "assets" / "pyodide")
    for name, packages in ARCHIVES.items():
        _write_archive(Path(root), packages, Path(site_dir) / "assets" / "python" / f"{name}.zip")
