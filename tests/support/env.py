"""Where things are, shared by the tests, the benchmark and Lighthouse.

Public names:
    ROOT                          the project folder
    CHROMIUM, CHROMIUM_ARGS       Debian's Chromium (CHROMIUM_PATH overrides) and the flags that
                                  keep it from any traffic off this machine
    build_site(dest, root, config)   ``mkdocs build --strict`` of ``root`` into ``dest``
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

__all__ = ["ROOT", "CHROMIUM", "CHROMIUM_ARGS", "build_site"]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    "--proxy-server=127.0.0.1:9",
]


def build_site(dest: Path, root: Path = ROOT, config: str = "mkdocs.yml") -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                           str(root / config), "-d", str(dest)], cwd=root, env=env,
                          capture_output=True, text=True)
