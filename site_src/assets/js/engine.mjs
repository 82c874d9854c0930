// One core for "ask Python, else answer without it", shared by the guide, the quiz and the
// comparison. Python (python.mjs) takes seconds to start in its worker; until it is live, and
// whenever a call fails, the page answers from what the build wrote into it (a decision or
// grading table) or says Python is unavailable, so no reader waits on Python or is stranded.
//
//   const engine = startEngine(["guides"], { root, mark: "guide", takeover: async () => {...},
//                                            onChange: (live) => {...} });
//   engine.live                               true while Python is live
//   engine.ready                              Promise<boolean>: settled after the takeover
//   onChange(live)                            Python went live late, or died after it was live
//   engine.ask(fn, request, fallback, read)   read(Python's JSON reply), or fallback(error?)
import { PATIENCE, startPython } from "./python.mjs";

const SLOW = Symbol("slow");

// Every call to Python goes through here: JSON in, JSON out. A per-call timeout or a worker
// that died only has to make this promise reject, and every page falls back on its own.
async function callPython(python, fn, request) {
  return JSON.parse(await python.call(fn, JSON.stringify(request)));
}

// root: gets data-ready="true" once Python is live and has taken over, "false" if it failed.
// mark: the performance marks `${mark}-python-ready` / `-failed`, timed by make bench.
// takeover: runs once Python is live, before data-ready="true" (re-decide what is shown).
export function startEngine(archives, { root, mark, takeover, onChange } = {}) {
  const python = startPython(archives);
  let live = false;
  const settle = async (ok) => {
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
  };
  const ready = python.ready.then(settle);
  // A start slower than the start timeout may still finish: then Python takes over after all.
  python.late.then(() => ready.then(() => settle(true))).then(() => onChange?.(true));
  // A worker that dies after it was live: the page goes on as if Python had never started.
  python.died.then(() => ready.then(() => {
    live = false;
    if (root) root.dataset.ready = "false";
    onChange?.(false);
  }));
  return {
    ready,
    get live() { return live; },
    // Python's answer when it is live (read may reshape it, or throw to refuse it); otherwise,
    // or on any error, fallback's answer at once. fallback gets the error, if there was one.
    // With patient: false (a page whose fallback is a real answer, such as a decision table),
    // a Python that has not answered within PATIENCE ms is not waited for: the fallback
    // answers, and the call goes on to its own timeout.
    async ask(fn, request, fallback, read = (reply) => reply, { patient = true } = {}) {
      if (!live) return fallback();
      const asked = callPython(python, fn, request).then(read);
      try {
        if (patient) return await asked;
        let timer;
        const slow = new Promise((resolve) => { timer = setTimeout(resolve, PATIENCE, SLOW); });
        const answer = await Promise.race([asked, slow]).finally(() => clearTimeout(timer));
        if (answer !== SLOW) return answer;
        asked.catch(() => {});  // settled later by its own timeout: nothing is left unhandled
        console.warn(`Python (${fn}) is slow; answering without it`);
        return fallback();
      } catch (error) {
        console.warn(`Python (${fn}) failed; answering without it`, error);
        return fallback(error);
      }
    },
  };
}
