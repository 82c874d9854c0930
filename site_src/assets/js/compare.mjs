// Version comparison in the browser: the side-by-side toggles of every redline, the form that
// compares any two versions (/compare/), and "Check a draft" (/compare/draft/).
//
// The comparisons are made by the project's own Python (protocol.compare.api, running in Pyodide in a
// worker), the same code that pre-renders /compare/ at build time. Its HTML escapes every piece
// of text; everything else this script shows is set with textContent. Nothing typed, pasted or
// opened here is sent anywhere: the only requests are for this site's own files.
import { startEngine } from "./engine.mjs";

const ARCHIVES = ["protocol"];

// -- side by side ------------------------------------------------------------------------------
// A <button class="diff-toggle" aria-expanded aria-controls> shows or hides its side-by-side view.
// Buttons are keyboard operable by themselves (Enter and Space), so one click handler does.
document.addEventListener("click", (event) => {
  const button = event.target.closest("button.diff-toggle[aria-controls]");
  if (!button) return;
  const view = document.getElementById(button.getAttribute("aria-controls"));
  if (!view) return;
  const open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", String(open));
  view.hidden = !open;
});

// -- shared ------------------------------------------------------------------------------------
let versionsPromise = null;

function versions() {
  versionsPromise ??= fetch(new URL("/api/protocol.json", location.href)).then((r) => {
    if (!r.ok) throw new Error(`protocol.json: HTTP ${r.status}`);
    return r.json();
  }).then((data) => data.versions);
  return versionsPromise;
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function setStatus(root, text) {
  const status = root.querySelector("[data-compare-status]");
  status.replaceChildren(text);
}

// Python starts as soon as a page that needs it opens; the root says when it is ready.
function engine(root, readyText) {
  const python = startEngine(ARCHIVES, { root });
  python.ready.then((ok) => {
    setStatus(root, ok ? readyText
      : "Python could not start in this browser, so comparisons cannot be made here. "
        + "Use the command line instead: protocol diff A B.");
  });
  return python;
}

// A comparison asked for while Python starts waits for it. There is no table to fall back on:
// without Python the answer is an error, which the form reports as "The comparison failed".
async function compare(python, fn, payload) {
  await python.ready;
  return python.ask(fn, payload, (error) => {
    throw error ?? new Error("Python is not available");
  });
}

// The comparison's HTML comes from protocol.compare.render_html, which escapes all text.
function showReport(container, html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  container.append(template.content);
}

function showErrors(box, intro, errors) {
  box.replaceChildren(element("h2", intro));
  const list = element("ul");
  for (const message of errors) list.append(element("li", message));
  box.append(list);
  box.hidden = false;
  box.focus();
}

// -- any two versions (/compare/) -------------------------------------------------------------
function setupCompare(root) {
  root.dataset.toggles = "on";
  const form = root.querySelector("form[data-compare-form]");
  if (!form) return;
  const result = root.querySelector("[data-compare-result]");
  const curated = JSON.parse(root.querySelector("[data-compare-curated]")?.textContent || "{}");
  setStatus(root, "Python is starting in your browser; the form works as soon as it is ready.");
  const python = engine(root, "Ready: choose two versions and press Compare.");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const from = form.elements.from.value;
    const to = form.elements.to.value;
    if (root.dataset.ready !== "true") setStatus(root, "Python is still starting; your comparison will appear when it is ready.");
    try {
      const all = await versions();
      const pick = (id) => all.find((v) => v.id === id);
      const answer = await compare(python, "protocol.compare.api.compare_versions_json", {
        from: pick(from), to: pick(to), curated: curated[`${from}|${to}`] || null, heading_level: 4,
      });
      result.replaceChildren();
      if (!answer.ok) {
        result.append(element("p", answer.errors.join(" ")));
        return;
      }
      const heading = element("h3", `${from} → ${to}`);
      heading.tabIndex = -1;
      result.append(heading);
      showReport(result, answer.html);
      setStatus(root, `Compared ${from} with ${to}.`);
      heading.focus();
    } catch (error) {
      setStatus(root, `The comparison failed: ${error.message}`);
    }
  });
}

// -- check a draft (/compare/draft/) ----------------------------------------------------------
function outcomesList(outcomes) {
  const section = element("section", undefined, "draft-outcomes");
  section.setAttribute("aria-labelledby", "draft-outcomes-h");
  const heading = element("h2", "Guide answers that rest on the changed clauses");
  heading.id = "draft-outcomes-h";
  section.append(heading);
  if (!outcomes.length) {
    section.append(element("p", "No decision guide cites a clause this draft changes."));
    return section;
  }
  section.append(element("p", "These guide outcomes cite a clause the draft changes; review "
    + "them if the draft is adopted."));
  const list = element("ul");
  for (const o of outcomes) {
    const item = element("li");
    item.dataset.outcome = o.outcome;
    item.dataset.guide = o.guide;
    const link = element("a", o.guide_title);
    link.href = o.url;
    item.append(link, ` – “${o.title}” (cites ${o.clauses.map((c) => `clause ${c}`).join(", ")})`);
    list.append(item);
  }
  section.append(list);
  return section;
}

function setupDraft(root) {
  root.dataset.toggles = "on";
  const form = root.querySelector("form[data-draft-form]");
  const textarea = form.querySelector("textarea");
  const file = form.querySelector('input[type="file"]');
  const errors = root.querySelector("[data-draft-errors]");
  const result = root.querySelector("[data-draft-result]");
  const current = root.dataset.current;
  // The guides' outcomes and their citations, written by the build: Python lists those that
  // rest on a clause the draft changes.
  const outcomes = JSON.parse(root.querySelector("[data-draft-outcomes]")?.textContent || "[]");
  let name = "draft";
  setStatus(root, "Python is starting in your browser. You can paste your draft now; it will be "
    + "compared as soon as Python is ready.");
  const python = engine(root, `Ready. Paste or open a draft to compare it with the ${current} version; nothing leaves your browser.`);

  textarea.addEventListener("input", () => { name = "draft"; });
  // FileReader: the file is read here, in the browser; it is never uploaded.
  file.addEventListener("change", () => {
    const chosen = file.files[0];
    if (!chosen) return;
    const reader = new FileReader();
    reader.onload = () => {
      textarea.value = String(reader.result);
      name = chosen.name;
      form.requestSubmit();
    };
    reader.onerror = () => showErrors(errors, "The file could not be read", [String(reader.error)]);
    reader.readAsText(chosen);
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errors.hidden = true;
    if (!textarea.value.trim()) {
      showErrors(errors, "There is a problem", ["Paste the text of a draft, or open a file."]);
      return;
    }
    if (root.dataset.ready !== "true") setStatus(root, "Python is still starting; the comparison will appear when it is ready.");
    try {
      const all = await versions();
      const version = all.find((v) => v.id === current);
      const answer = await compare(python, "protocol.compare.api.compare_draft_json",
        { draft: textarea.value, name, current: version, outcomes });
      result.replaceChildren();
      if (!answer.ok) {
        showErrors(errors, "The draft could not be read", answer.errors);
        setStatus(root, "The draft could not be read.");
        return;
      }
      const heading = element("h2", `Your draft compared with the ${current} version`);
      heading.tabIndex = -1;
      result.append(heading);
      result.append(element("p", `${answer.draft.clauses} numbered clauses read from the draft `
        + `(${answer.draft.format === "markdown" ? "Markdown" : "numbered text"}).`));
      result.append(outcomesList(answer.outcomes));
      const changes = element("h2", "Clause by clause");
      result.append(changes);
      showReport(result, answer.html);
      setStatus(root, `Compared your draft with the ${current} version.`);
      heading.focus();
    } catch (error) {
      setStatus(root, `The comparison failed: ${error.message}`);
    }
  });
}

for (const root of document.querySelectorAll("[data-compare]")) setupCompare(root);
for (const root of document.querySelectorAll("[data-compare-draft]")) setupDraft(root);
