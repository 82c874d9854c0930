// The page side of the Python worker: start it once, call Python functions by dotted name.
//   const py = startPython(["guides"]);  py.ready -> Promise<boolean>;  py.call(fn, arg) -> Promise
const workers = new Map();

export function startPython(archives) {
  const key = archives.join(",");
  if (workers.has(key)) return workers.get(key);
  const url = new URL("python-worker.mjs", import.meta.url);
  url.searchParams.set("archives", key);
  const pending = new Map();
  let next = 0;
  let settle;
  const ready = new Promise((resolve) => { settle = resolve; });
  let worker;
  try {
    worker = new Worker(url, { type: "module" });
  } catch (error) {
    settle(false);
    const failed = { ready, call: () => Promise.reject(error) };
    workers.set(key, failed);
    return failed;
  }
  worker.onmessage = ({ data }) => {
    if (data.type === "ready") settle(true);
    else if (data.type === "failed") { console.warn("Python engine unavailable:", data.error); settle(false); }
    else if (data.type === "result") {
      const { resolve, reject } = pending.get(data.id);
      pending.delete(data.id);
      if (data.error) reject(new Error(data.error)); else resolve(data.result);
    }
  };
  worker.onerror = (event) => { event.preventDefault(); console.warn("Python engine unavailable:", event.message); settle(false); };
  const engine = {
    ready,
    call(fn, arg) {
      return new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, fn, arg });
      });
    },
  };
  workers.set(key, engine);
  return engine;
}
