// The page side of the Python worker: start it once per set of archives, call Python functions
// by dotted name. Every call settles: with the result, with an error when Python failed to
// start or the worker died, or with a timeout when the worker is stuck.
//
//   const py = startPython(["guides"]);
//   py.ready   Promise<boolean>: true once Python is live; false if it failed or did not start
//              within the start timeout
//   py.late    Promise: Python became live after all, after ready had settled false
//   py.died    Promise: the worker stopped answering (or crashed) after it was ready
//   py.call(fn, arg) -> Promise<string>
//   py.started  once ready: { from: "snapshot" | "start", snapshotFailed?: true }
//   makeSnapshot() -> Promise<ArrayBuffer | null>: Python's memory just after it started,
//              gzip-compressed, made by a worker of its own (offline.mjs keeps it)
//
// The timeouts (ms) are generous for a slow phone on a poor connection (Pyodide is several MB
// and takes seconds to compile): start 120 s, a call 30 s (then the worker is taken for dead),
// 2 s of patience before a page with a build-time table answers from it instead, and 120 s to
// make a snapshot. Tests set shorter ones by defining
// PROTOCOL_PYTHON_TIMEOUTS = {start, call, patience, snapshot} before the page's scripts run.
const TIMEOUTS = { start: 120_000, call: 30_000, patience: 2_000, snapshot: 120_000,
                   ...globalThis.PROTOCOL_PYTHON_TIMEOUTS };
// How long a page that can answer without Python (from its build-time table) waits for Python.
export const PATIENCE = TIMEOUTS.patience;
const workers = new Map();

function deferred() {
  let resolve;
  const promise = new Promise((done) => { resolve = done; });
  return { promise, resolve };
}

export function startPython(archives) {
  const key = archives.join(",");
  if (!workers.has(key)) workers.set(key, start(key));
  return workers.get(key);
}

function start(key) {
  const ready = deferred();
  const late = deferred();
  const died = deferred();
  const pending = new Map();
  let next = 0;
  let state = "starting";  // -> "live" | "failed" (may still become "live") -> "dead"
  let worker = null;

  const fail = (why) => {
    if (state !== "starting") return;
    console.warn("Python engine unavailable:", why);
    state = "failed";
    ready.resolve(false);
  };
  // A worker that crashed or stopped answering: every call waiting on it is refused, and so is
  // every later one; the page goes on without Python.
  const kill = (why) => {
    if (state === "dead") return;
    const was = state;
    state = "dead";
    worker?.terminate();
    for (const { reject, timer } of pending.values()) {
      clearTimeout(timer);
      reject(new Error(`Python engine stopped: ${why}`));
    }
    pending.clear();
    console.warn(was === "live" ? "Python engine stopped:" : "Python engine unavailable:", why);
    if (was === "live") died.resolve();
    else if (was === "starting") ready.resolve(false);
  };

  let started = { from: "start" };
  try {
    // A page the site's service worker controls may start from its snapshot (offline.mjs).
    const snapshot = navigator.serviceWorker?.controller ? { snapshot: "1" } : {};
    worker = pythonWorker({ archives: key, ...snapshot });
  } catch (error) {
    fail(String(error));
  }
  if (worker) {
    const startTimer = setTimeout(() => fail(`not ready after ${TIMEOUTS.start} ms`), TIMEOUTS.start);
    worker.onmessage = ({ data }) => {
      if (data.type === "ready") {
        clearTimeout(startTimer);
        started = data.started ?? started;
        if (state === "dead") return;
        const wasFailed = state === "failed";
        state = "live";
        if (wasFailed) late.resolve(); else ready.resolve(true);
      } else if (data.type === "failed") {
        clearTimeout(startTimer);
        kill(data.error);
      } else if (data.type === "result" && pending.has(data.id)) {
        const { resolve, reject, timer } = pending.get(data.id);
        clearTimeout(timer);
        pending.delete(data.id);
        if (data.error) reject(new Error(data.error)); else resolve(data.result);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();  // reported here, as a warning, not as an uncaught error
      clearTimeout(startTimer);
      kill(event.message || "the worker failed");
    };
    worker.onmessageerror = () => kill("a message could not be read");
  }

  return {
    ready: ready.promise,
    late: late.promise,
    died: died.promise,
    get started() { return started; },
    call(fn, arg) {
      if (state !== "live") return Promise.reject(new Error(`Python engine is ${state}`));
      return new Promise((resolve, reject) => {
        const id = next++;
        // A call that never comes back means the worker is stuck or gone: stop it for good.
        const timer = setTimeout(() => kill(`no answer after ${TIMEOUTS.call} ms`), TIMEOUTS.call);
        pending.set(id, { resolve, reject, timer });
        worker.postMessage({ id, fn, arg });
      });
    },
  };
}

// The worker's options travel in its name, not its address: the site's service worker answers
// python-worker.mjs from its cache, and a cached script's address has no query.
function pythonWorker(options) {
  return new Worker(new URL("python-worker.mjs", import.meta.url),
                    { type: "module", name: new URLSearchParams(options).toString() });
}

export function makeSnapshot() {
  return new Promise((resolve) => {
    let worker = null;
    let timer;
    const done = (snapshot) => {
      clearTimeout(timer);
      worker?.terminate();  // the Python that made a snapshot is not to be used again
      resolve(snapshot);
    };
    timer = setTimeout(() => done(null), TIMEOUTS.snapshot);
    try {
      worker = pythonWorker({ "make-snapshot": "1" });
    } catch {
      return done(null);
    }
    worker.onmessage = ({ data }) => done(data.type === "snapshot" ? data.snapshot : null);
    worker.onerror = (event) => {
      event.preventDefault();
      done(null);
    };
  });
}
