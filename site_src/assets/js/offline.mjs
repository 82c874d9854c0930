// The site offline (README, "Offline"): once a page has loaded and the browser is idle, and
// never under Save-Data, register the site's service worker (/service-worker.js under the base
// path, written by the build), which caches the site's own files. When a page's Python has
// started, the worker is asked to keep Pyodide and that page's archives too, and, the first
// time, a snapshot of Python's memory from which later visits start in a fraction of the time;
// when Python failed to start (perhaps from damaged cached files), to evict them.
//   <html data-offline="ready">           the site's files are cached
//   <html data-offline-python="cached">   and this page's Python files ("evicted" after a failure)
//   <html data-python-start="snapshot">   this page's Python started from the snapshot ("start":
//                                         afresh)
//   <html data-python-snapshot="stored">  a snapshot is kept ("none": being made; "unusable":
//                                         it could not be made, kept or started from here, and
//                                         is not made again for this build)
import { savingData, siteUrl, whenIdle } from "./site.mjs";

const workers = navigator.serviceWorker;
let registration = null;

function register() {
  registration ??= workers.register(siteUrl("/service-worker.js"), {
    scope: siteUrl("/").pathname, updateViaCache: "none",
  }).then(() => workers.ready).then((ready) => {
    document.documentElement.dataset.offline = "ready";
    return ready;
  }, (error) => {
    console.warn("This site will not work offline here:", error);
    return null;
  });
  return registration;
}

// A message to the active worker (transfer: ArrayBuffers it takes); resolves with its reply.
async function tell(message, transfer = []) {
  const ready = await (registration ?? workers.getRegistration(siteUrl("/").pathname));
  if (!ready?.active) return null;
  const channel = new MessageChannel();
  const reply = new Promise((resolve) => { channel.port1.onmessage = ({ data }) => resolve(data); });
  ready.active.postMessage(message, [channel.port2, ...transfer]);
  return reply;
}

// Called by engine.mjs when a page's Python is live (ok) or could not start; started says how
// it started (python.mjs).
export function pythonStarted(ok, archives, started = {}) {
  if (!workers) return;
  const html = document.documentElement.dataset;
  if (ok) html.pythonStart = started.from ?? "start";
  if (ok && !savingData()) {
    tell({ type: "python-ready", archives, snapshotFailed: started.snapshotFailed === true })
      .then((reply) => {
        if (!reply) return;
        html.offlinePython = "cached";
        html.pythonSnapshot = reply.snapshot;  // "stored", "unusable", or "none": made now
        if (reply.snapshot === "none") whenIdle().then(keepSnapshot);
      });
  } else if (!ok) {
    tell({ type: "python-failed" }).then((reply) => { if (reply) html.offlinePython = "evicted"; });
  }
}

let snapshotting = false;

// Once per build (the worker's cache is versioned): made at idle by a worker of its own, after
// this page's Python is live, so it never delays an answer.
async function keepSnapshot() {
  if (snapshotting) return;
  snapshotting = true;
  const { makeSnapshot } = await import("./python.mjs");  // loaded already, by the engine
  const snapshot = await makeSnapshot();
  // One that could not be made (a browser without the means) is not tried again on every page.
  const reply = await (snapshot ? tell({ type: "python-snapshot", snapshot }, [snapshot])
    : tell({ type: "python-snapshot-failed" }));
  if (reply?.snapshot) document.documentElement.dataset.pythonSnapshot = reply.snapshot;
}

if (workers && !savingData()) whenIdle().then(register);
