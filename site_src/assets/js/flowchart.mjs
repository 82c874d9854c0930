// Marks the reader's route on each guide's flowchart (drawn at build time by
// protocol/flowchart.py). The guide widget (guide.mjs) dispatches a bubbling "guide:step" event
// on its root after every step, with detail {question, outcome, path: [[q, a], ...]}.
//   nodes on the route:  class is-visited     the current node: class is-current, and
//   edges followed:      class is-taken       aria-current="step" on its link
// This script may run before or after guide.mjs: it also works out the state already shown from
// the URL (or the step page's data-answers) with the build-time decision table, as guide.mjs
// does until Python is ready.

const CLASSES = ["is-visited", "is-current", "is-taken"];

function nodeKey(state) {
  if (state.question) return `q:${state.question}`;
  if (state.outcome) return `o:${state.outcome}`;
  return null;
}

function mark(root, state) {
  const chart = root.querySelector("[data-guide-flow] svg");
  if (!chart) return;
  for (const element of chart.querySelectorAll(CLASSES.map((c) => `.${c}`).join(","))) {
    element.classList.remove(...CLASSES);
  }
  for (const link of chart.querySelectorAll("a[aria-current]")) link.removeAttribute("aria-current");
  const current = nodeKey(state);
  if (!current || !Array.isArray(state.path)) return;
  const node = (key) => chart.querySelector(`[data-node="${CSS.escape(key)}"]`);
  state.path.forEach(([question, answer], n) => {
    const from = `q:${question}`;
    const to = n + 1 < state.path.length ? `q:${state.path[n + 1][0]}` : current;
    node(from)?.classList.add("is-visited");
    // One option can lead to different places after different earlier answers: data-to says which.
    chart.querySelector(`[data-edge="${CSS.escape(`${question}=${answer}`)}"][data-to="${CSS.escape(to)}"]`)
      ?.classList.add("is-taken");
  });
  const here = node(current);
  if (!here) return;
  here.classList.add("is-visited", "is-current");
  here.querySelector("a")?.setAttribute("aria-current", "step");
}

// The state the page shows before any event: answers from the URL query, or from the step page.
function initialState(root) {
  let data;
  try {
    data = JSON.parse(root.querySelector("[data-guide-table]")?.textContent || "");
  } catch {
    return null;
  }
  const search = new URLSearchParams(location.search);
  const source = [...search.keys()].length ? search : new URLSearchParams(root.dataset.answers || "");
  const answers = {};
  for (const [q, a] of source) {
    if (Object.hasOwn(answers, q)) return null;
    if (!Object.hasOwn(data.labels, q) || !Object.hasOwn(data.labels[q].options, a)) return null;
    answers[q] = a;
  }
  const path = [];
  let node = data.table[""];
  while (node?.startsWith("q:") && Object.hasOwn(answers, node.slice(2))) {
    const q = node.slice(2);
    path.push([q, answers[q]]);
    node = data.table[path.map(([k, v]) => `${k}=${v}`).join("&")];
  }
  if (!node) return null;
  return { question: node.startsWith("q:") ? node.slice(2) : null,
           outcome: node.startsWith("o:") ? node.slice(2) : null, path };
}

document.addEventListener("guide:step", (event) => {
  const root = event.target.closest?.("[data-guide]");
  if (root && event.detail) mark(root, event.detail);
});

for (const root of document.querySelectorAll("[data-guide]")) {
  const state = initialState(root);
  if (state) mark(root, state);
}
