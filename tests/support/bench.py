"""The benchmark: ``make bench`` (``python -m tests.support.bench``) prints ONE JSON object on
stdout.

Each metric is a function registered in ``METRICS`` under the names it reports; adding a metric is
adding one function with ``@metric("name", ...)``. A function returns its value (one name) or a
dict of values (several names). One that cannot run yet raises ``NotReady(reason)``: its names
report ``null`` and the reason goes into ``notes``; any other error is reported the same way, so
one broken metric never hides the others. Progress goes to stderr.

Shared, built once and only when a metric asks (``Bench``): the real site built by ``build_s``
(``bench.site``), a loopback server for it that compresses like a static host
(``bench.server``), Chromium through Playwright with the test flags (``bench.browser()``), a
scratch folder (``bench.tmp``).

Run a subset with ``python -m tests.support.bench build_s protocol_page_gzip_bytes``.

Every figure is a median of at least three measurements taken within the metric (three
Lighthouse runs per page, three page loads, 20 early answers, 60 steps...), so one run of the
benchmark is one set of figures.

Before and after, in one run on one machine: ``--baseline REV`` (``make bench
BENCH_ARGS="--baseline REV"``) checks REV out into a scratch worktree, builds it too, and measures
every metric that measures the built site (``site=True``) on both, the baseline first, metric by
metric, so both see the same machine at the same minutes. Its figures go under ``"baseline"``.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from protocol.cli.serve import _Handler, read_headers
from tests.support.env import CHROMIUM, CHROMIUM_ARGS, ROOT

METRICS: dict[tuple[str, ...], Callable[["Bench"], object]] = {}
SITE_METRICS: set[tuple[str, ...]] = set()  # those that measure only the built site


class NotReady(Exception):
    """The metric cannot be measured yet (the feature it measures has not landed)."""


def metric(*names: str, site: bool = True):
    """site=False: the metric measures this checkout's code, so it has no baseline figure."""
    def register(fn):
        METRICS[names] = fn
        if site:
            SITE_METRICS.add(names)
        return fn
    return register


def log(*args) -> None:
    print("bench:", *args, file=sys.stderr, flush=True)


class Bench:
    """One project to measure (root: this checkout, or a baseline's worktree); the browser may
    be shared with another Bench."""

    def __init__(self, tmp: Path, root: Path = ROOT, browser_from: "Bench | None" = None):
        self.tmp, self.root = tmp, root
        self._browser_from = browser_from
        self._site: Path | None = None
        self._server = None
        self._playwright = None
        self._browser = None

    @property
    def site(self) -> Path:
        if self._site is None:
            self._site, _ = build(self.root, self.tmp / "site")
        return self._site

    @property
    def server(self) -> str:
        """The built site on loopback, with its headers, gzip-compressed as a static host sends
        it (Lighthouse's simulated network would otherwise download every byte uncompressed)."""
        if self._server is None:
            httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(
                type("H", (_GzipHandler,), {"site_headers": read_headers(self.site)}),
                directory=str(self.site)))
            threading.Thread(target=httpd.serve_forever, daemon=True).start()
            self._server = (httpd, f"http://127.0.0.1:{httpd.server_address[1]}")
        return self._server[1]

    def browser(self):
        if self._browser_from is not None:
            return self._browser_from.browser()
        if self._browser is None:
            from playwright.sync_api import sync_playwright

            self._playwright = sync_playwright().start()
            self._browser = self._playwright.chromium.launch(executable_path=CHROMIUM,
                                                             args=CHROMIUM_ARGS)
        return self._browser

    def close(self) -> None:
        if self._browser is not None:
            self._browser.close()
            self._playwright.stop()
        if self._server is not None:
            self._server[0].shutdown()


class _GzipHandler(_Handler):
    """protocol.cli.serve's handler, plus gzip (level 6) for text and WebAssembly when accepted."""

    COMPRESSIBLE = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".wasm"}

    def do_GET(self):
        url_path = urlsplit(self.path).path
        path = Path(self.translate_path(self.path))
        if path.is_dir() and url_path.endswith("/"):
            path = path / "index.html"
        if ("gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file()
                or path.suffix not in self.COMPRESSIBLE):
            return super().do_GET()
        body = _gzipped(path, path.stat().st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@functools.lru_cache(maxsize=None)
def _gzipped(path: Path, mtime_ns: int) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6)


def build(root: Path, dest: Path) -> tuple[Path, float]:
    """``mkdocs build`` of the project at root into dest; returns (dest, wall seconds)."""
    # The project's own packages first (a baseline's, not this checkout's editable install).
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1",
               PYTHONPATH=os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])))
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q",
                             "-f", str(root / "mkdocs.yml"), "-d", str(dest)],
                            cwd=root, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build failed in {root}:\n{result.stderr[-2000:]}")
    return dest, seconds


# -- the build -----------------------------------------------------------------------------
@metric("build_s")
def build_s(bench: Bench) -> float:
    """Wall time of a full ``mkdocs build --strict`` of the real site (Python start included)."""
    bench._site, seconds = build(bench.root, bench.tmp / "site")
    return round(seconds, 2)


_WORDS = ("member officer council committee protocol advice support policy decision report "
          "meeting chairman group party public interest conduct code standard respect courtesy "
          "impartial political neutral statutory duty role information confidential document "
          "access request matter business service manager director executive scrutiny panel "
          "review consult inform brief agenda minute resolution budget finance legal monitoring "
          "complaint procedure practice convention guidance principle integrity openness").split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(6, 18))]
    return " ".join(words).capitalize() + "."


def synthetic_version(number: int, clauses: int = 100) -> str:
    """A version file in the project's format (README, "Adding a version"): sections of ten
    clauses, each one to three paragraphs, some with a bullet list; dated before any real
    version, so the current version does not change."""
    rng = random.Random(number)
    lines = ["---", f'id: "s{number:03d}"', f'title: "Synthetic version {number}"',
             f'date: "{1800 + number}-01-01"', 'date_label: "last updated"',
             "version_label: null", "last_review: null", "next_review: null", "---", ""]
    for index in range(clauses):
        section, clause = divmod(index, 10)
        if clause == 0:
            lines += [f"## {section + 1}. Section {section + 1}", ""]
        lines += [f"### {section + 1}.{clause + 1}", ""]
        for _ in range(rng.randint(1, 3)):
            lines += [" ".join(_sentence(rng) for _ in range(rng.randint(1, 4))), ""]
        if rng.random() < 0.2:
            lines += [f"- {_sentence(rng)}" for _ in range(rng.randint(2, 5))] + [""]
    return "\n".join(lines)


def _project_copy(root: Path, dest: Path) -> Path:
    """The project's sources in dest (node_modules linked, not copied)."""
    skip = {".git", ".venv", "node_modules", "site", "build", ".pytest_cache", ".hypothesis"}
    # Only the top level's "site" and "build" (protocol/site is the build's own code).
    shutil.copytree(root, dest, ignore=lambda d, names: [
        n for n in names if n == "__pycache__" or (Path(d) == root and n in skip)])
    (dest / "node_modules").symlink_to(ROOT / "node_modules")
    return dest


@metric("build_scaling_ratio")
def build_scaling_ratio(bench: Bench) -> dict:
    """Build time with 100 synthetic versions of 100 clauses over the time with 10 (aim <= 12:
    linear). Both builds of a copy of the project, the real versions kept."""
    times = {}
    for count in (10, 100):
        project = _project_copy(bench.root, bench.tmp / f"scaling-{count}")
        for number in range(1, count + 1):
            (project / "docs" / "protocol" / f"s{number:03d}.md").write_text(
                synthetic_version(number), encoding="utf-8")
        log(f"building with {count} synthetic versions")
        _, times[count] = build(project, project / "site")
        shutil.rmtree(project)
    return {"build_scaling_ratio": round(times[100] / times[10], 2),
            "build_10_versions_s": round(times[10], 2),
            "build_100_versions_s": round(times[100], 2)}


# -- page weight ---------------------------------------------------------------------------
def page_weight(bench: Bench, path: str, *, before: Callable | None = None) -> dict:
    """Bytes a static host would send for a page and every same-origin resource it loads in
    Chromium (cold cache, until the network is idle), each gzip-compressed at level 6."""
    context = bench.browser().new_context(service_workers="block")  # every request seen
    responses = []
    context.on("response", lambda r: responses.append(r))  # includes the page's workers
    page = context.new_page()
    if before:
        before(page)
    page.goto(bench.server + path, wait_until="networkidle")
    here = urlsplit(bench.server).netloc
    raw = compressed = 0
    files = {}
    for response in responses:
        if (urlsplit(response.url).netloc != here or response.status != 200
                or response.request.method != "GET"):  # a HEAD check carries no body
            continue
        try:
            body = response.body()
        except Exception:  # a worker's response, gone with the worker: the file as served
            path = bench.site / urlsplit(response.url).path.lstrip("/")
            body = (path / "index.html" if path.is_dir() else path).read_bytes()
        size = len(gzip.compress(body, compresslevel=6))
        raw, compressed = raw + len(body), compressed + size
        files[urlsplit(response.url).path] = size
    context.close()
    return {"gzip_bytes": compressed, "raw_bytes": raw, "files": files}


def _median_weight(bench: Bench, path: str) -> dict:
    """page_weight of three cold loads, the median by gzip bytes (lazy loads may differ)."""
    weights = sorted((page_weight(bench, path) for _ in range(3)), key=lambda w: w["gzip_bytes"])
    return weights[1]


@metric("protocol_page_gzip_bytes", "protocol_page_raw_bytes", "protocol_page_requests")
def protocol_page_gzip_bytes(bench: Bench) -> dict:
    weight = _median_weight(bench, "/protocol/2022/")
    biggest = sorted(weight["files"].items(), key=lambda kv: -kv[1])[:5]
    log("largest files on /protocol/2022/ (gzip bytes):", biggest)
    return {"protocol_page_gzip_bytes": weight["gzip_bytes"],
            "protocol_page_raw_bytes": weight["raw_bytes"],
            "protocol_page_requests": len(weight["files"])}


# -- Lighthouse performance ----------------------------------------------------------------
LIGHTHOUSE_RUNS = 3
LIGHTHOUSE_PAGES = ["/", "/protocol/2022/", "/guides/inspect-documents/", "/training/", "/compare/"]


@metric("lighthouse_performance")
def lighthouse_performance(bench: Bench) -> dict:
    """Median Lighthouse performance score (0-100) of 3 runs, per preset and page; runs one at
    a time so they do not compete for the CPU."""
    from tests.support import lighthouse

    if not lighthouse.LIGHTHOUSE.exists():
        raise NotReady("Lighthouse is not installed (npm ci)")
    out: dict[str, dict[str, float]] = {}
    for preset in ("desktop", "mobile"):
        for path in LIGHTHOUSE_PAGES:
            scores = []
            for _ in range(LIGHTHOUSE_RUNS):
                report = lighthouse.run(bench.server + path, ["performance"],
                                        preset="desktop" if preset == "desktop" else None)
                scores.append(report["categories"]["performance"]["score"] * 100)
            log(f"lighthouse {preset} {path}: {scores}")
            out.setdefault(preset, {})[path] = statistics.median(scores)
    return out


# -- hooks for metrics other parts of the site will add ------------------------------------
# Replace the body of each hook with the measurement (keep the name and the registered keys).
@metric("diff_200_clauses_ms", site=False)
def diff_200_clauses_ms(bench: Bench) -> float:
    """protocol.compare on a protocol.synthetic pair of 200 clauses (aim < 200 ms): the median
    of 15 runs."""
    import timeit

    from protocol.compare import compare
    from tests.support.synthetic import make_synthetic_pair

    old, new = make_synthetic_pair(200)
    runs = timeit.repeat(lambda: compare(old, new), number=1, repeat=15)
    return round(statistics.median(runs) * 1000, 1)


@metric("diff_5000_heavy_ms", site=False)
def diff_5000_heavy_ms(bench: Bench) -> float:
    """protocol.compare on a synthetic pair of 5,000 clauses with 50% edited, 20% moved and 30%
    added or removed (aim < 2,000 ms): the median of 3 runs."""
    import timeit

    from protocol.compare import compare
    from tests.support.synthetic import make_synthetic_pair

    old, new = make_synthetic_pair(5000, edited=0.5, moved=0.2, added_removed=0.3)
    runs = timeit.repeat(lambda: compare(old, new), number=1, repeat=3)
    return round(statistics.median(runs) * 1000, 1)


# -- the decision guides: Python in the browser ----------------------------------------------
GUIDE = "inspect-documents"
# A bare Pyodide start, in the same kind of module worker the site uses, from the same files.
_BARE_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title>
<script type="module" src="bare.mjs"></script></head><body></body></html>"""
_BARE_SCRIPT = """const w = new Worker(new URL("bare-worker.mjs", import.meta.url), {type: "module"});
w.onmessage = () => performance.mark("bare-ready");"""
_BARE_WORKER = """import { loadPyodide } from "./assets/pyodide/pyodide.mjs";
await loadPyodide({ indexURL: new URL("./assets/pyodide/", import.meta.url).href });
postMessage("ready");"""


def _mark(page, name: str, timeout: float = 120_000) -> float:
    page.wait_for_function(f"performance.getEntriesByName({name!r}).length > 0", timeout=timeout)
    return page.evaluate(f"performance.getEntriesByName({name!r}).at(-1).startTime")


def _fresh_page(bench: Bench, **options):
    """A new context (cold cache, no service worker unless asked); CSP bypassed only so
    Playwright may evaluate its probes."""
    options.setdefault("service_workers", "block")
    context = bench.browser().new_context(bypass_csp=True, **options)
    return context, context.new_page()


def _ready_after_start(page) -> float:
    """ms from the moment the page asked its engine to start (after load, when idle) to Python
    live in the worker. A build that starts Python at once has no start mark: from navigation."""
    ready = _mark(page, "guide-python-ready")
    return ready - page.evaluate(
        "performance.getEntriesByName('guide-python-start').at(-1)?.startTime ?? 0")


@metric("pyodide_bare_ms", "guide_ready_ms", "guide_ready_ratio")
def guide_startup(bench: Bench) -> dict:
    """Bare Pyodide start vs a guide page reaching data-ready="true", same browser run, cold
    cache; ratio guide/bare (aim <= 1.15). The bare page starts Pyodide at once, so it is timed
    from navigation start; the guide asks for Python only once the page is loaded and idle, so
    it is timed from that moment (guide-python-start). Alternating, 3 each, medians."""
    for name, text in (("bare.html", _BARE_PAGE), ("bare.mjs", _BARE_SCRIPT),
                       ("bare-worker.mjs", _BARE_WORKER)):
        (bench.site / name).write_text(text, encoding="utf-8")
    bare, ready = [], []
    for _ in range(3):
        context, page = _fresh_page(bench)
        page.goto(bench.server + "/bare.html")
        bare.append(_mark(page, "bare-ready"))
        context.close()
        context, page = _fresh_page(bench)
        page.goto(f"{bench.server}/guides/{GUIDE}/")
        ready.append(_ready_after_start(page))
        context.close()
    log(f"bare loadPyodide ms: {bare}; guide data-ready ms: {ready}")
    b, r = statistics.median(bare), statistics.median(ready)
    return {"pyodide_bare_ms": round(b), "guide_ready_ms": round(r),
            "guide_ready_ratio": round(r / b, 3)}


def _click_continue(page, question: str, option: str) -> float:
    """Choose and press Continue from inside the page; returns the click's timestamp."""
    return page.evaluate("""([q, a]) => {
        document.querySelector(`[data-guide] input[name="${q}"][value="${a}"]`).checked = true;
        const t = performance.now();
        document.querySelector("[data-guide] form[data-question] button[type=submit]").click();
        return t; }""", [question, option])


def _step_time(page, question: str, option: str) -> float:
    before = page.evaluate("performance.getEntriesByName('guide-step').length")
    clicked = _click_continue(page, question, option)
    page.wait_for_function(f"performance.getEntriesByName('guide-step').length > {before}")
    return page.evaluate("performance.getEntriesByName('guide-step').at(-1).startTime") - clicked


# Answers the first question the moment the document is parsed (DOMContentLoaded: the page's
# module scripts have run, but the page is still loading), and marks the click.
_EARLY_CLICK = """addEventListener("DOMContentLoaded", () => {
  document.querySelector('[data-guide] input[name="doc-kind"][value="agenda"]').checked = true;
  const t = performance.now();
  document.querySelector("[data-guide] form[data-question] button[type=submit]").click();
  performance.mark("early-click", { startTime: t });
});"""


@metric("early_answer_ms", "early_answer_ms_p50")
def early_answer_ms(bench: Bench) -> dict:
    """A click while the page is still initialising (on DOMContentLoaded, before Python) to the
    next step in the page (aim p95 < 100 ms): 20 fresh pages; early_answer_ms is the p95."""
    times = []
    for _ in range(20):
        context, page = _fresh_page(bench)
        page.add_init_script(_EARLY_CLICK)
        page.goto(f"{bench.server}/guides/{GUIDE}/", wait_until="domcontentloaded")
        page.wait_for_selector('[data-guide] form[data-question="part-ii"]')
        if page.get_attribute("[data-guide]", "data-ready") is not None:
            raise RuntimeError("Python was ready before the first click: not an early answer")
        times.append(page.evaluate("""() => {
            const click = performance.getEntriesByName("early-click")[0].startTime;
            const step = performance.getEntriesByName("guide-step").find((m) => m.startTime >= click);
            return step.startTime - click; }"""))
        context.close()
    log(f"early answer ms: {sorted(times)}")
    times.sort()
    return {"early_answer_ms": round(times[int(len(times) * 0.95) - 1], 2),
            "early_answer_ms_p50": round(statistics.median(times), 2)}


@metric("step_ms_p50", "step_ms_p95", "python_step_ms_p50")
def guide_steps(bench: Bench) -> dict:
    """A guide step after data-ready, decided by Python in the worker (aim p50 < 5 ms):
    60 steps of answering and going back, from the click to the next step on screen (focus
    moved, so layout included). python_step_ms_p50 is the worker round trip alone."""
    context, page = _fresh_page(bench)
    page.goto(f"{bench.server}/guides/{GUIDE}/")
    _mark(page, "guide-python-ready")
    python = page.evaluate("""async () => {
        const { startPython } = await import("/assets/js/python.mjs");
        const engine = startPython(["guides"]);  // the page's own worker, already running
        await engine.ready;
        const payload = JSON.stringify({guide: "inspect-documents",
                                        answers: {"doc-kind": "agenda", "part-ii": "no"}});
        const times = [];
        for (let i = 0; i < 100; i++) {
            const t = performance.now();
            await engine.call("guides.api.run_json", payload);
            times.push(performance.now() - t);
        }
        return times; }""")
    times = []
    for _ in range(30):
        times.append(_step_time(page, "doc-kind", "agenda"))
        times.append(_step_time(page, "part-ii", "no"))
        page.evaluate("document.querySelector('[data-guide-restart]').click()")
        page.wait_for_selector('[data-guide] form[data-question="doc-kind"]')
    context.close()
    times.sort()
    return {"step_ms_p50": round(statistics.median(times), 2),
            "step_ms_p95": round(times[int(len(times) * 0.95) - 1], 2),
            "python_step_ms_p50": round(statistics.median(python), 3)}


@metric("repeat_ready_ratio", "repeat_ready_ms", "cold_ready_ms")
def repeat_ready_ratio(bench: Bench) -> dict:
    """Python ready on a second visit over the first, in one browser context (service worker and
    caches kept), each from the moment the page asks its engine to start (aim <= 0.5). 3
    contexts, medians."""
    cold, warm = [], []
    for _ in range(3):
        context, page = _fresh_page(bench, service_workers="allow")
        page.goto(f"{bench.server}/guides/{GUIDE}/")
        cold.append(_ready_after_start(page))
        # The site's service worker, where the build has one, has cached the site, the Python
        # files and a snapshot of Python (README, "Offline"); a build without one: at once.
        page.evaluate("""async () => {
            if (!(await fetch("/service-worker.js", {method: "HEAD"})).ok) return;
            const html = document.documentElement.dataset;
            const deadline = performance.now() + 120_000;
            while (performance.now() < deadline && !(html.offline === "ready"
                   && html.offlinePython === "cached" && html.pythonSnapshot === "stored"))
                await new Promise((r) => setTimeout(r, 100));
        }""")
        page.goto(f"{bench.server}/guides/{GUIDE}/")
        warm.append(_ready_after_start(page))
        log("repeat visit's Python started from:", page.evaluate(
            "document.documentElement.dataset.pythonStart ?? 'start (no snapshot in this build)'"))
        context.close()
    log(f"cold ready ms: {cold}; repeat ready ms: {warm}")
    c, w = statistics.median(cold), statistics.median(warm)
    return {"repeat_ready_ratio": round(w / c, 3), "repeat_ready_ms": round(w),
            "cold_ready_ms": round(c)}


@metric("guide_page_gzip_bytes_before_pyodide", "pyodide_bytes", "pyodide_gzip_bytes")
def guide_weight(bench: Bench) -> dict:
    """A guide page's bytes before Pyodide (aim < 150 KB): everything it loads but Pyodide's
    runtime and the Python archives, which load in the worker after the page is usable."""
    weight = _median_weight(bench, f"/guides/{GUIDE}/")
    python = {k: v for k, v in weight["files"].items()
              if k.startswith(("/assets/pyodide/", "/assets/python/"))}
    raw = sum((bench.site / k.lstrip("/")).stat().st_size for k in python)
    return {"guide_page_gzip_bytes_before_pyodide": weight["gzip_bytes"] - sum(python.values()),
            "pyodide_bytes": raw, "pyodide_gzip_bytes": sum(python.values())}


# -- running -------------------------------------------------------------------------------
def _measure(fn, names, bench: Bench, results: dict, notes: dict) -> None:
    """fn's figures into results (its names null, and why in notes, when it cannot run)."""
    try:
        value = fn(bench)
        # A dict holding any of the names is several values; anything else is the value of the
        # one name (which may itself be a dict).
        values = value if isinstance(value, dict) and set(names) & set(value) \
            else {names[0]: value}
        for name in names:
            results[name] = values.get(name)
        results.update({k: v for k, v in values.items() if k not in names})
    except NotReady as exc:
        results.update(dict.fromkeys(names))
        notes.update(dict.fromkeys(names, str(exc)))
    except Exception as exc:  # report, never crash: the other metrics still count
        results.update(dict.fromkeys(names))
        notes.update(dict.fromkeys(names, f"failed: {type(exc).__name__}: {exc}"))


def _worktree(rev: str, dest: Path) -> tuple[Path, str]:
    """REV checked out at dest (node_modules linked from this checkout); (dest, its commit)."""
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", f"{rev}^{{commit}}"],
                            capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(dest),
                    commit], check=True)
    (dest / "node_modules").symlink_to(ROOT / "node_modules")
    return dest, commit


def run(selected: list[str] | None = None, baseline: str | None = None) -> dict:
    results: dict[str, object] = {}
    notes: dict[str, str] = {}
    before: dict[str, object] = {}
    before_notes: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        bench = Bench(Path(tmp) / "after")
        bench.tmp.mkdir()
        old = None
        try:
            if baseline:
                root, commit = _worktree(baseline, Path(tmp) / "baseline-src")
                old = Bench(Path(tmp) / "before", root=root, browser_from=bench)
                old.tmp.mkdir()
                before.update(rev=baseline, commit=commit)
            for names, fn in METRICS.items():
                if selected and not set(names) & set(selected):
                    continue
                if old is not None and names in SITE_METRICS:
                    log(f"{fn.__name__} (baseline {baseline}) ...")
                    start = time.perf_counter()
                    _measure(fn, names, old, before, before_notes)
                    log(f"{fn.__name__} (baseline): {time.perf_counter() - start:.1f}s")
                log(f"{fn.__name__} ...")
                start = time.perf_counter()
                _measure(fn, names, bench, results, notes)
                log(f"{fn.__name__}: {time.perf_counter() - start:.1f}s")
        finally:
            if old is not None:
                old.close()
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                                str(old.root)], check=False)
            bench.close()
    results["notes"] = notes
    if baseline:
        results["baseline"] = {**before, "notes": before_notes}
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("metrics", nargs="*", help="names of the metrics to run (all if none)")
    parser.add_argument("--baseline", metavar="REV",
                        help="also measure the site as built at this git revision")
    args = parser.parse_args()
    print(json.dumps(run(args.metrics or None, args.baseline), indent=1))
