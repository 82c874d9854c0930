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
# Archive name -> the whole packages it holds: the project's own (read from the project root)
# or installed pure-Python ones (copied from this environment, never downloaded). Each page
# loads the archives it needs; no archive needs another beside it.
ARCHIVES = {"guides": ("protocol.authoring", "guides"),
            "training": ("protocol.authoring", "training"),
            # Comparing versions and drafts in the browser: the text core and the comparison,
            # never YAML (that is protocol.sources, which the browser does not need).
            # diff-match-patch (pure Python) makes the word-level ops.
            "protocol": ("protocol.authoring", "protocol.text", "protocol.compare",
                         "markdown_it", "mdurl", "diff_match_patch")}
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


def _package_folder(root: Path, package: str) -> Path:
    here = root.joinpath(*package.split("."))
    if (here / "__init__.py").is_file():
        return here
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"{package}: not a package under {root} and not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _sources(root: Path, package: str) -> list[tuple[str, Path]]:
    """(name in the archive, file) for every module of a package, with its parents' __init__."""
    folder = _package_folder(root, package)
    top = folder.parents[package.count(".")]
    files = [folder.parents[k] / "__init__.py" for k in range(package.count("."))]
    # An installed package's own test suite is not needed in the browser.
    files += sorted(path for path in folder.rglob("*.py")
                    if "tests" not in path.relative_to(folder).parts)
    return [(path.relative_to(top).as_posix(), path) for path in files]


def _write_archive(root: Path, packages: tuple[str, ...], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    files = dict(item for package in packages for item in _sources(root, package))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, path in sorted(files.items()):
            info = zipfile.ZipInfo(name, _EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())


def install(root: Path, site_dir: Path) -> None:
    _copy_pyodide(Path(root), Path(site_dir) / "assets" / "pyodide")
    for name, packages in ARCHIVES.items():
        _write_archive(Path(root), packages, Path(site_dir) / "assets" / "python" / f"{name}.zip")
