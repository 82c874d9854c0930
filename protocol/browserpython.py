"""What the browser needs to run the project's Python: Pyodide from the pinned npm package and
archives of our own pure-Python packages, copied into the built site (never a CDN).

    install(root, site_dir)   copy Pyodide to assets/pyodide/, write assets/python/<pkg>.zip
"""
from __future__ import annotations

import importlib.util
import shutil
import zipfile
from pathlib import Path

__all__ = ["install", "PYODIDE_FILES", "ARCHIVES"]

# The core runtime and standard library only: what loadPyodide() fetches.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                 "pyodide-lock.json")
# Archive name -> what it holds: folders or .py files under the project root, or installed
# pure-Python packages (copied from this environment's site-packages, never downloaded).
ARCHIVES = {"guides": ("guides",), "training": ("training",),
            # What protocol/draft.py needs to compare versions and drafts in the browser: never
            # YAML (parse_version imports it lazily; the draft path does not call it).
            "protocol": ("protocol/__init__.py", "protocol/corpus.py", "protocol/model.py",
                         "protocol/parse.py", "protocol/problems.py", "protocol/compare.py",
                         "protocol/correspondence.py", "protocol/draft.py", "markdown_it",
                         "mdurl")}
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


def _sources(root: Path, entry: str) -> list[tuple[str, Path]]:
    """(name in the archive, file) for one ARCHIVES entry."""
    here = root / entry
    if here.is_file():
        return [(entry, here)]
    if here.is_dir():
        return [(path.relative_to(root).as_posix(), path) for path in sorted(here.rglob("*.py"))]
    spec = importlib.util.find_spec(entry)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"{entry}: not under {root} and not an installed package")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return [(path.relative_to(folder.parent).as_posix(), path)
            for path in sorted(folder.rglob("*.py"))]


def _write_archive(root: Path, packages: tuple[str, ...], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for package in packages:
            for name, path in _sources(root, package):
                info = zipfile.ZipInfo(name, _EPOCH)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, path.read_bytes())


def install(root: Path, site_dir: Path) -> None:
    _copy_pyodide(Path(root), Path(site_dir) / "assets" / "pyodide")
    for name, packages in ARCHIVES.items():
        _write_archive(Path(root), packages, Path(site_dir) / "assets" / "python" / f"{name}.zip")
