// One core for "ask Python, else answer without it", shared by the guide, the quiz and the
// comparison. Python (python.mjs) takes seconds to start in its worker; until it is live, and
// whenever a call fails, the page answers from what the build wrote into it (a decision or
// grading table) or says Python is unavailable, so no reader waits on Python or is stranded.
//
// Python (several MB) never competes with the page: it starts downloading only once the page
// has loaded and the browser is idle. Under Save-Data (navigator.connection.saveData) a page
// with a table (guides, training) never downloads it: the table answers, data-ready stays
// absent and the page says so; a page without one (the comparisons) starts it when the reader
// asks (engine.start()).
//
//   const engine = startEngine(["guides"], { root, mark: "guide", takeover: async () => {...},
//                                            onChange: (live) => {...}, table: true });
//   engine.live                               true while Python is live
//   engine.ready                              Promise<boolean>: settled after the takeover
//   engine.start()                            start now (if not yet); returns engine.ready
//   onChange(live)                            Python went live late, or died after it was live
//   engine.ask(fn, request, fallback, read)   read(Python's JSON reply), or fallback(error?)
import { PATIENCE, startPython } from "./python.mjs";
import { say } from "./messages.mjs";
import { pythonStarted } from "./offline.mjs";
import { savingData, whenIdle } from "./site.mjs";

const SLOW = Symbol("slow");

// Every call to Python goes through here: JSON in, JSON out. A per-call timeout or a worker
// that died only has to make this promise reject, and every page falls back on its own.
async function callPython(python, fn, request) {
  return JSON.parse(await python.call(fn, JSON.stringify(request)));
}

// root: gets data-ready="true" once Python is live and has taken over, "false" if it failed.
// mark: the performance marks `${mark}-python-ready` / `-failed`, timed by make bench.
// takeover: runs once Python is live, before data-ready="true" (re-decide what is shown).
// table: the page answers without Python (so under Save-Data it never loads Python).
export function startEngine(archives, { root, mark, takeover, onChange, table = true } = {}) {
  let python = null;
  let begin;
  const started = new Promise((resolve) => { begin = resolve; });
  let live = false;
  const settle = async (ok) => {
    live = ok;
    // offline: keep the files it started from (and a snapshot for next time), or evict them
    pythonStarted(ok, archives, python?.started);
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
  const ready = started.then((p) => p.ready).then(settle);
  // A start slower than the start timeout may still finish: then Python takes over after all.
  started.then((p) => p.late).then(() => ready.then(() => settle(true))).then(() => onChange?.(true));
  // A worker that dies after it was live: the page goes on as if Python had never started.
  started.then((p) => p.died).then(() => ready.then(() => {
    live = false;
    if (root) root.dataset.ready = "false";
    onChange?.(false);
  }));
  const start = () => {
    if (!python) {
      // make bench times the start from here, so waiting for idle is not counted as startup.
      if (mark) performance.mark(`${mark}-python-start`);
      python = startPython(archives);
      begin(python);
    }
    return ready;
  };
  if (!savingData()) whenIdle().then(start);
  else if (table && root) tableOnly(root);
  return {
    ready,
    start,
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

// Under Save-Data: a line at the top of the widget says where the answers come from.
function tableOnly(root) {
  const line = document.createElement("p");
  line.className = "engine-table-only";
  line.dataset.engineTableOnly = "";
  line.textContent = say(root, "table-only");
  root.prepend(line);
}
