"""Run Lighthouse (npm, pinned in package-lock.json) against a page with Debian's Chromium and the
test browser's flags, so it too never leaves this machine.

Public names:
    LIGHTHOUSE                   node_modules/.bin/lighthouse
    run(url, categories, preset=None)   the Lighthouse JSON report as a dict
    failing_audits(report)       {category: ["audit-id: title", ...]} for audits below full marks
"""
from __future__ import annotations

import json
import os
import shlex
import subprocess
import tempfile
from pathlib import Path

from tests.support.env import CHROMIUM, CHROMIUM_ARGS, ROOT

__all__ = ["LIGHTHOUSE", "run", "failing_audits"]

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"


def run(url: str, categories: list[str], preset: str | None = None, timeout: int = 240,
        attempts: int = 3) -> dict:
    """Lighthouse's own runtime errors (such as NO_NAVSTART, a trace it failed to record on a
    busy machine) are retried; audit results never are."""
    for attempt in range(1, attempts + 1):
        try:
            return _run_once(url, categories, preset, timeout)
        except RuntimeError:
            if attempt == attempts:
                raise


def _run_once(url: str, categories: list[str], preset: str | None, timeout: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        out = Path(tmp) / "report.json"
        command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
                   "--only-categories=" + ",".join(categories),
                   "--chrome-flags=" + " ".join(shlex.quote(a) for a in CHROMIUM_ARGS)]
        if preset:
            command.append(f"--preset={preset}")
        # TMPDIR: Chromium's profile lives in the temporary folder and goes with it.
        env = dict(os.environ, CHROME_PATH=CHROMIUM, TMPDIR=tmp)
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
        if result.returncode != 0 or not out.exists():
            raise RuntimeError(f"lighthouse failed ({result.returncode}) for {url}:\n"
                               f"{result.stderr[-3000:]}")
        report = json.loads(out.read_text(encoding="utf-8"))
    if report.get("runtimeError"):
        raise RuntimeError(f"lighthouse could not test {url}: {report['runtimeError']}")
    return report


def failing_audits(report: dict) -> dict[str, list[str]]:
    failing = {}
    for category in report["categories"].values():
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                failing.setdefault(category["id"], []).append(f"{ref['id']}: {audit['title']}")
    return failing
