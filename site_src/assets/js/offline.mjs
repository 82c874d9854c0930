// The site offline (README, "Offline"): once a page has loaded and the browser is idle, and
// never under Save-Data, register the site's service worker (/service-worker.js under the base
// path, written by the build), which caches the site's own files. When a page's Python has
// started, the worker is asked to keep Pyodide and that page's archives too; when Python
// failed to start (perhaps from damaged cached files), to evict them.
//   <html data-offline="ready">          the site's files are cached
//   <html data-offline-python="cached">  and this page's Python files ("evicted" after a failure)
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

// A message to the active worker; resolves with its reply.
async function tell(message) {
  const ready = await (registration ?? workers.getRegistration(siteUrl("/").pathname));
  if (!ready?.active) return null;
  const channel = new MessageChannel();
  const reply = new Promise((resolve) => { channel.port1.onmessage = ({ data }) => resolve(data); });
  ready.active.postMessage(message, [channel.port2]);
  return reply;
}

// Called by engine.mjs when a page's Python is live (ok) or could not start.
export function pythonStarted(ok, archives) {
  if (!workers) return;
  const done = (state) => { document.documentElement.dataset.offlinePython = state; };
  if (ok && !savingData()) tell({ type: "python-ready", archives }).then((r) => r && done("cached"));
  else if (!ok) tell({ type: "python-failed" }).then((r) => r && done("evicted"));
}

if (workers && !savingData()) whenIdle().then(register);
