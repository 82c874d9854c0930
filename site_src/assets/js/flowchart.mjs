// Marks the reader's route on each guide's flowchart (drawn at build time by
// protocol/site/flowchart.py). The guide widget (guide.mjs) dispatches a bubbling "guide:step"
// event on its root after every step, with detail {question, outcome, path: [[q, a], ...]}.
//   nodes on the route:  class is-visited     the current node: class is-current, and
//   edges followed:      class is-taken       aria-current="step" on its link
// A chart wider than the page opens scrolled to its first question.
// This script may run before or after guide.mjs, so it also marks the state already shown,
// decided as guide.mjs decides it before Python is ready: the same table, the same answers.
import { answersFromLocation, decideFromTable, nodeOf, readTable } from "./guide-table.mjs";

const CLASSES = ["is-visited", "is-current", "is-taken"];

function mark(root, state) {
  const chart = root.querySelector("[data-guide-flow] svg");
  if (!chart) return;
  for (const element of chart.querySelectorAll(CLASSES.map((c) => `.${c}`).join(","))) {
    element.classList.remove(...CLASSES);
  }
  for (const link of chart.querySelectorAll("a[aria-current]")) link.removeAttribute("aria-current");
  if (!(state.question || state.outcome) || !Array.isArray(state.path)) return;
  const current = nodeOf(state);
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

// The state the page shows before any event; null when the guide shows "start again".
function initialState(root) {
  const data = readTable(root);
  const answers = data && answersFromLocation(root);
  const state = answers && decideFromTable(data, answers);
  return state && !state.error ? state : null;
}

document.addEventListener("guide:step", (event) => {
  const root = event.target.closest?.("[data-guide]");
  if (root && event.detail) mark(root, event.detail);
});

// A chart wider than its region scrolls sideways; it opens with its first question in view
// (the chart is centred on it, so at phone width it would otherwise start off-screen).
function showStart(region) {
  const start = region.querySelector(".flow-node");
  if (!start || region.scrollWidth <= region.clientWidth) return;
  const box = start.getBoundingClientRect();
  const view = region.getBoundingClientRect();
  region.scrollLeft += box.left - view.left - (region.clientWidth - box.width) / 2;
}

for (const root of document.querySelectorAll("[data-guide]")) {
  const state = initialState(root);
  if (state) mark(root, state);
}
for (const region of document.querySelectorAll("[data-guide-flow-scroll]")) showStart(region);
