// One core for "ask Python, else answer without it", shared by the guide, the quiz and the
// comparison. Python (python.mjs) takes seconds to start in its worker; until it is live, and
// whenever a call fails, the page answers from what the build wrote into it (a decision or
// grading table) or says Python is unavailable, so no reader waits on Python or is stranded.
//
//   const engine = startEngine(["guides"], { root, mark: "guide", takeover: async () => {...} });
//   engine.live                               true once Python is ready
//   engine.ready                              Promise<boolean>: settled after the takeover
//   engine.ask(fn, request, fallback, read)   read(Python's JSON reply), or fallback(error?)
import { startPython } from "./python.mjs";

// Every call to Python goes through here: JSON in, JSON out. A per-call timeout or a worker
// that died only has to make this promise reject, and every page falls back on its own.
async function callPython(python, fn, request) {
  return JSON.parse(await python.call(fn, JSON.stringify(request)));
}

// root: gets data-ready="true" once Python is live and has taken over, "false" if it failed.
// mark: the performance marks `${mark}-python-ready` / `-failed`, timed by make bench.
// takeover: runs once Python is live, before data-ready="true" (re-decide what is shown).
export function startEngine(archives, { root, mark, takeover } = {}) {
  const python = startPython(archives);
  let live = false;
  const ready = python.ready.then(async (ok) => {
    live = ok;
    // The mark times the worker alone, so the benchmark compares like with bare Pyodide.
    if (mark) performance.mark(`${mark}-python-${ok ? "ready" : "failed"}`);
    if (ok && takeover) {
      try {
        await takeover();
      } catch (error) {
        console.warn("Python could not take over what is shown", error);
      }
    }
    if (root) root.dataset.ready = ok ? "true" : "false";
    return ok;
  });
  return {
    ready,
    get live() { return live; },
    // Python's answer when it is live (read may reshape it, or throw to refuse it); otherwise,
    // or on any error, fallback's answer at once. fallback gets the error, if there was one.
    async ask(fn, request, fallback, read = (reply) => reply) {
      if (!live) return fallback();
      try {
        return read(await callPython(python, fn, request));
      } catch (error) {
        console.warn(`Python (${fn}) failed; answering without it`, error);
        return fallback(error);
      }
    },
  };
}
