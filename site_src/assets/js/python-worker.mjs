// A module Web Worker that hosts Pyodide (served by this site, never a CDN) and runs the
// project's own pure-Python packages. It starts loading at once, in parallel with fetching the
// package archives, so the page never waits longer than Pyodide itself takes.
import { loadPyodide } from "../pyodide/pyodide.mjs";

const here = new URL(".", import.meta.url);
const archives = (new URL(import.meta.url).searchParams.get("archives") || "")
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
// warning), so the files it needs are checked alongside: one that is not there fails the start
// at once instead of at the page's start timeout.
const reachable = Promise.all(["pyodide.asm.wasm", "python_stdlib.zip"].map((name) => {
  const url = new URL(`../pyodide/${name}`, here);
  return fetch(url, { method: "HEAD" }).then((r) => {
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  });
}));

const ready = (async () => {
  const [pyodide] = await Promise.all([
    loadPyodide({ indexURL: new URL("../pyodide/", here).href }), reachable]);
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
  () => self.postMessage({ type: "ready" }),
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
