// A module Web Worker that hosts Pyodide (served by this site, never a CDN) and runs the
// project's own pure-Python packages. It starts loading at once, in parallel with fetching the
// package archives, so the page never waits longer than Pyodide itself takes.
//
// Repeat visits start from a memory snapshot of Python taken just after it started (README,
// "Offline"). The page asks for one (snapshot=1) only when the site's service worker controls
// it, and that worker answers from its cache alone, never from the network. A snapshot that
// cannot be read or loaded is reported ("ready" with snapshotFailed) and Python starts afresh.
// With make-snapshot=1 this is the worker that makes one: it starts Python, snapshots it
// before running anything else, posts the snapshot gzip-compressed, and is then stopped.
import { loadPyodide } from "../pyodide/pyodide.mjs";

const here = new URL(".", import.meta.url);
const params = new URLSearchParams(self.name);  // set by python.mjs
const indexURL = new URL("../pyodide/", here).href;
const SNAPSHOT = new URL("../pyodide/python-snapshot.gz", here).href;

if (params.has("make-snapshot")) {
  try {
    const pyodide = await loadPyodide({ indexURL, _makeSnapshot: true });
    const bytes = new Blob([pyodide.makeMemorySnapshot()]).stream();
    const snapshot = await new Response(bytes.pipeThrough(new CompressionStream("gzip")))
      .arrayBuffer();
    self.postMessage({ type: "snapshot", snapshot }, [snapshot]);
  } catch (error) {
    self.postMessage({ type: "failed", error: String(error) });
  }
} else {
  serve();
}

// The snapshot the service worker keeps, decompressed; null when it has none.
async function cachedSnapshot() {
  const response = await fetch(SNAPSHOT);
  if (!response.ok) return null;
  return new Uint8Array(await new Response(
    response.body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer());
}

// [pyodide, how it started: "snapshot", "start", or "start" after a snapshot that failed]
async function start() {
  if (params.has("snapshot")) {
    try {
      const snapshot = await cachedSnapshot();
      if (snapshot) {
        return [await loadPyodide({ indexURL, _loadSnapshot: snapshot }), { from: "snapshot" }];
      }
    } catch (error) {
      console.warn("Python could not start from its snapshot; starting afresh", error);
      return [await loadPyodide({ indexURL }), { from: "start", snapshotFailed: true }];
    }
  }
  return [await loadPyodide({ indexURL }), { from: "start" }];
}

function serve() {
  const archives = (params.get("archives") || "")
    .split(",").filter(Boolean).map((name) => new URL(`../python/${name}.zip`, here).href);

  const fetched = archives.map((url) =>
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.arrayBuffer();
    }));
  // A failed fetch is reported once, as "failed", when Python starts: not as an uncaught error
  // while Pyodide is still loading.
  for (const promise of fetched) promise.catch(() => {});

  // Pyodide's loader never settles when its WebAssembly cannot be fetched (it only logs a
  // warning), so the files it needs are checked alongside: one that is not there fails the
  // start at once instead of at the page's start timeout.
  const reachable = Promise.all(["pyodide.asm.wasm", "python_stdlib.zip"].map((name) => {
    const url = new URL(name, indexURL);
    return fetch(url, { method: "HEAD" }).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    });
  }));

  let started;
  const ready = (async () => {
    let pyodide;
    [[pyodide, started]] = await Promise.all([start(), reachable]);
    for (const buffer of await Promise.all(fetched)) pyodide.unpackArchive(buffer, "zip");
    return pyodide;
  })();

  const functions = new Map();

  async function callable(pyodide, dotted) {
    if (!functions.has(dotted)) {
      const at = dotted.lastIndexOf(".");
      const module = pyodide.pyimport(dotted.slice(0, at));
      functions.set(dotted, module[dotted.slice(at + 1)]);
    }
    return functions.get(dotted);
  }

  ready.then(
    () => self.postMessage({ type: "ready", started }),
    (error) => self.postMessage({ type: "failed", error: String(error) }));

  // Each call names a Python function taking and returning one string (JSON by convention).
  self.onmessage = async ({ data }) => {
    const { id, fn, arg } = data;
    try {
      const pyodide = await ready;
      const result = (await callable(pyodide, fn))(arg);
      self.postMessage({ type: "result", id, result });
    } catch (error) {
      self.postMessage({ type: "result", id, error: String(error) });
    }
  };
}
