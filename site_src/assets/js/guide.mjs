// The decision-guide widget. The page arrives with the first question (or, on a step page, the
// current step) already rendered, plus a template for every question and outcome and a decision
// table built from the same Python. The table answers from the first click; once Python is live
// in the worker (data-ready="true") every step is decided by the guide's own Python instead.
// Answers live in the URL (?question=option&...), so back/forward, reload and sharing work.
import { siteUrl } from "./site.mjs";
import { startEngine } from "./engine.mjs";
import { say } from "./messages.mjs";
import { answersFromLocation, decideFromTable, nodeOf, queryOf, readTable } from "./guide-table.mjs";

class GuideWidget {
  constructor(root) {
    this.root = root;
    this.id = root.dataset.guide;
    this.data = readTable(root);
    this.body = root.querySelector("[data-guide-body]");
    this.live = root.querySelector("[data-guide-live]");
    this.reset = root.querySelector("[data-guide-reset]");
    this.base = siteUrl(`/guides/${this.id}/`);
    this.answers = {};
    this.title = document.title;  // "Error: " goes before it while an answer is missing
    // Python takes over the current state: it re-decides it, and only if Python disagrees
    // with what is on screen is the step redrawn, so a choice being made is never lost.
    this.engine = startEngine(["guides"], { root, mark: "guide", takeover: () =>
      this.show(this.answers, { focus: false, announce: false, keepIfSame: true }) });
    root.addEventListener("submit", (event) => this.onSubmit(event));
    root.addEventListener("click", (event) => this.onClick(event));
    addEventListener("popstate", () => this.show(answersFromLocation(root), { focus: true }));
    this.show(answersFromLocation(root), { focus: false });
  }

  // Python when it is live, else the build-time table; an error either way means "start again".
  decide(answers) {
    return this.engine.ask("guides.api.run_json", { guide: this.id, answers },
      () => decideFromTable(this.data, answers),
      (result) => (result.error ? { error: result.error } : result), { patient: false });
  }

  async show(answers, { focus = true, announce = true, keepIfSame = false, push = false } = {}) {
    const state = answers ? await this.decide(answers) : { error: "unknown" };
    if (state.error) return this.showReset();
    const node = nodeOf(state);
    if (keepIfSame && node === this.root.dataset.step) return;
    this.reset.hidden = true;
    this.answers = Object.fromEntries(state.path);
    this.render(node, state.path);
    this.root.dataset.step = node;
    this.root.dispatchEvent(new CustomEvent("guide:step", { bubbles: true, detail: state }));
    const heading = this.parts.step.querySelector(".guide-heading");
    if (state.question) this.restoreChoice(state.question, answers);
    if (announce && heading) this.live.textContent = heading.textContent;
    performance.mark("guide-step");  // for make bench: the step is in the page, to be drawn
    // After the frame is drawn: the address (the URL holds exactly the answers on the path;
    // pushState alone takes about a millisecond) and focus (which would force a layout first).
    const address = push && this.href(queryOf(state.path));
    if (address || (focus && heading)) requestAnimationFrame(() => setTimeout(() => {
      if (address) history.pushState(null, "", address);
      if (focus && heading) heading.focus();
    }));
  }

  showReset() {
    this.answers = {};
    this.render(this.data.table[""], []);
    // The first question is on screen: when Python takes over and agrees, the notice stays.
    this.root.dataset.step = this.data.table[""];
    this.reset.hidden = false;
    this.reset.focus();  // the reader must learn at once that their answers were not kept
  }

  // The widget's parts, made once (replacing the build's first state): a step changes only
  // the step itself, the Back link's address and the rows of "Your answers" that differ.
  build() {
    const back = document.createElement("p");
    back.className = "guide-back";
    back.append(this.link(say(this.root, "back"), "", "back"));
    const step = document.createElement("div");
    step.className = "guide-step";
    step.dataset.guideStep = "";
    const answers = document.createElement("div");
    answers.className = "guide-answers";
    const title = document.createElement("h2");
    title.className = "guide-summary-title";
    title.textContent = say(this.root, "summary");
    const list = document.createElement("dl");
    list.className = "guide-summary";
    answers.append(title, list);
    const restart = document.createElement("p");
    restart.className = "guide-restart";
    restart.append(this.link(say(this.root, "restart"), "", "restart"));
    this.body.replaceChildren(back, step, answers, restart);
    this.parts = { back, step, answers, list, restart, rows: [] };
  }

  render(node, path) {
    if (!this.parts) this.build();
    const parts = this.parts;
    parts.back.hidden = parts.answers.hidden = parts.restart.hidden = !path.length;
    parts.back.firstChild.href = this.href(queryOf(path.slice(0, -1)));
    parts.step.replaceChildren(
      this.root.querySelector(`template[data-template="${node}"]`).content.cloneNode(true));
    // "Your answers": rows kept while the path agrees with them; the rest replaced.
    let same = 0;
    while (same < path.length && same < parts.rows.length
           && parts.rows[same].key === queryOf(path.slice(same, same + 1))) same++;
    for (const row of parts.rows.splice(same)) row.element.remove();
    for (let n = same; n < path.length; n++) {
      const element = this.summaryRow(path, n);
      parts.list.append(element);
      parts.rows.push({ key: queryOf(path.slice(n, n + 1)), element });
    }
  }

  link(text, query, kind) {
    const a = document.createElement("a");
    a.href = this.href(query);
    a.textContent = text;
    a.dataset[`guide${kind[0].toUpperCase()}${kind.slice(1)}`] = "";
    return a;
  }

  // One row of "Your answers": built with textContent only, never HTML from the URL.
  summaryRow(path, n) {
    const [q, a] = path[n];
    const labels = this.data.labels[q];
    const row = document.createElement("div");
    row.className = "guide-summary-row";
    const dt = document.createElement("dt");
    dt.textContent = labels.text;
    const dd = document.createElement("dd");
    dd.textContent = labels.options[a];
    const change = document.createElement("dd");
    const link = this.link(say(this.root, "change"), queryOf(path.slice(0, n)), "change");
    link.dataset.guideChange = q;
    const hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = say(this.root, "change-hidden", { question: labels.text });
    link.append(hidden);
    change.append(link);
    row.append(dt, dd, change);
    return row;
  }

  // After "Change", the earlier choice is shown selected.
  restoreChoice(question, answers) {
    const previous = this.pendingChange?.[question];
    if (!previous) return;
    const input = this.parts.step.querySelector(`input[name="${CSS.escape(question)}"][value="${CSS.escape(previous)}"]`);
    if (input) input.checked = true;
  }

  href(query) {
    return this.base.pathname + (query ? `?${query}` : "");
  }

  navigate(answers) {
    return this.show(answers, { push: true });
  }

  onSubmit(event) {
    const form = event.target.closest("form[data-question]");
    if (!form) return;
    event.preventDefault();
    const question = form.dataset.question;
    const checked = form.querySelector("input[type=radio]:checked");
    const problem = form.querySelector("[data-guide-problem]");
    if (!checked) {
      problem.hidden = false;
      form.classList.add("guide-question--error");
      document.title = say(this.root, "error-title", { title: this.title });
      problem.focus();
      return;
    }
    document.title = this.title;
    // Keep every answer still given (kept: later answers that still apply); set this one.
    const answers = { ...(this.pendingChange || this.answers), [question]: checked.value };
    this.pendingChange = null;
    this.navigate(answers);
  }

  onClick(event) {
    const a = event.target.closest("a[data-guide-back], a[data-guide-change], a[data-guide-restart]");
    if (a) {
      event.preventDefault();
      const kept = { ...this.answers };
      const target = Object.fromEntries(new URLSearchParams(new URL(a.href).search));
      // Change: go back to that question but remember later answers, so those still on the
      // path survive the change; Back and Start again forget them.
      this.pendingChange = a.hasAttribute("data-guide-change") ? kept : null;
      this.navigate(target);
      return;
    }
    if (event.target.closest("[data-guide-print]")) print();
  }
}

for (const root of document.querySelectorAll("[data-guide]")) new GuideWidget(root);
