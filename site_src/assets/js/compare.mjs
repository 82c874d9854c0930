// Version comparison in the browser: the side-by-side toggles of every redline, the form that
// compares any two versions (/compare/), and "Check a draft" (/compare/draft/).
//
// The comparisons are made by the project's own Python (protocol.compare.api, running in Pyodide in a
// worker), the same code that pre-renders /compare/ at build time. Its HTML escapes every piece
// of text; everything else this script shows is set with textContent. Nothing typed, pasted or
// opened here is sent anywhere: the only requests are for this site's own files.
import { siteUrl } from "./site.mjs";
import { startEngine } from "./engine.mjs";
import { message, say } from "./messages.mjs";

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
  versionsPromise ??= fetch(siteUrl("/api/protocol.json")).then((r) => {
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

function setStatus(root, key, values) {
  root.querySelector("[data-compare-status]").replaceChildren(message(root, key, values));
}

// Python starts as soon as a page that needs it opens; the root says when it is ready. If it
// cannot start, or stops later, the page says so plainly and points to what works without it.
function engine(root, values) {
  const python = startEngine(ARCHIVES, {
    root, table: false, onChange: (live) => setStatus(root, live ? "ready" : "unavailable", values),
  });
  python.ready.then((ok) => setStatus(root, ok ? "ready" : "unavailable", values));
  return python;
}

// A comparison asked for while Python starts waits for it. There is no table to fall back on:
// without Python the page says the comparison is unavailable here.
class Unavailable extends Error {}

async function compare(python, fn, payload) {
  await python.start();  // under Save-Data, Python loads only now, when the reader asks
  return python.ask(fn, payload, () => { throw new Unavailable(); });
}

// The comparison's HTML comes from protocol.compare.render_html, which escapes all text.
function showReport(container, html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  container.append(template.content);
}

// The messages sit beside the text they are about (the draft's box): the box describes the
// textarea and marks it invalid while they are shown.
function showErrors(box, intro, errors) {
  box.replaceChildren(element("h2", intro));
  const list = element("ul");
  for (const text of errors) list.append(element("li", text));
  box.append(list);
  box.hidden = false;
  const field = box.closest(".compare-field")?.querySelector("textarea");
  if (field) {
    field.setAttribute("aria-invalid", "true");
    const ids = (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    if (!ids.includes(box.id)) field.setAttribute("aria-describedby", [...ids, box.id].join(" "));
  }
  box.focus();
}

function hideErrors(box) {
  box.hidden = true;
  const field = box.closest(".compare-field")?.querySelector("textarea");
  if (!field) return;
  field.removeAttribute("aria-invalid");
  const ids = (field.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && id !== box.id);
  field.setAttribute("aria-describedby", ids.join(" "));
}

function showFailure(root, error) {
  if (error instanceof Unavailable) setStatus(root, "unavailable");
  else setStatus(root, "failed", { error: error.message });
}

// -- any two versions (/compare/) -------------------------------------------------------------
function setupCompare(root) {
  root.dataset.toggles = "on";
  const form = root.querySelector("form[data-compare-form]");
  if (!form) return;
  const result = root.querySelector("[data-compare-result]");
  const curated = JSON.parse(root.querySelector("[data-compare-curated]")?.textContent || "{}");
  setStatus(root, "starting");
  const python = engine(root);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const from = form.elements.from.value;
    const to = form.elements.to.value;
    if (!root.dataset.ready) setStatus(root, "still-starting");
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
      setStatus(root, "compared", { from, to });
      heading.focus();
    } catch (error) {
      showFailure(root, error);
    }
  });
}

// -- Word export (/compare/draft/) ------------------------------------------------------------
// The comparison as a Word document with tracked changes, made by the same Python
// (protocol.compare.api.compare_draft_docx) and saved with an <a download> of an object URL:
// nothing is uploaded, and the file never exists anywhere but in this browser.
function wordDownload(root, python, payload) {
  const box = element("div", undefined, "compare-download");
  const button = element("button", say(root, "download"), "md-button");
  button.type = "button";
  button.dataset.download = "docx";
  const hint = element("p", say(root, "download-hint", { current: root.dataset.current }));
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const answer = await compare(python, "protocol.compare.api.compare_draft_docx",
        { ...payload, date: new Date().toLocaleDateString("sv") });
      if (!answer.ok) throw new Error(answer.errors.join(" "));
      const bytes = Uint8Array.from(atob(answer.base64), (c) => c.charCodeAt(0));
      const href = URL.createObjectURL(new Blob([bytes], { type: answer.media_type }));
      const link = element("a");
      link.href = href;
      link.download = answer.filename;
      link.hidden = true;
      box.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
    } catch (error) {
      setStatus(root, "download-failed", { error: error.message });
    } finally {
      button.disabled = false;
    }
  });
  box.append(button, hint);
  return box;
}

// -- check a draft (/compare/draft/) ----------------------------------------------------------
function outcomesList(root, outcomes) {
  const section = element("section", undefined, "draft-outcomes");
  section.setAttribute("aria-labelledby", "draft-outcomes-h");
  const heading = element("h2", say(root, "outcomes"));
  heading.id = "draft-outcomes-h";
  section.append(heading);
  if (!outcomes.length) {
    section.append(element("p", say(root, "no-outcomes")));
    return section;
  }
  section.append(element("p", say(root, "outcomes-intro")));
  const list = element("ul");
  for (const o of outcomes) {
    const item = element("li");
    item.dataset.outcome = o.outcome;
    item.dataset.guide = o.guide;
    const link = element("a", o.guide_title);
    link.href = o.url;
    // Each citation with its number in the draft: "cites 7.9, now 7.10".
    const clauses = (o.citations || o.clauses.map((id) => ({ clause: id, now: [id] })))
      .map((c) => {
        if (!c.now.length) return say(root, "outcome-clause-removed", { id: c.clause });
        if (c.now.length === 1 && c.now[0] === c.clause) return say(root, "outcome-clause-same", { id: c.clause });
        return say(root, "outcome-clause", { id: c.clause, now: c.now.join(" + ") });
      })
      .join("; ");
    item.append(link, say(root, "outcome", { title: o.title, clauses }));
    list.append(item);
  }
  section.append(list);
  return section;
}

function setupDraft(root) {
  root.dataset.toggles = "on";
  const form = root.querySelector("form[data-draft-form]");
  const textarea = form.querySelector("textarea");
  const partial = form.querySelector('input[name="partial"]');
  const file = form.querySelector('input[type="file"]');
  const errors = root.querySelector("[data-draft-errors]");
  const result = root.querySelector("[data-draft-result]");
  const current = root.dataset.current;
  // The guides' outcomes and their citations, written by the build: Python lists those that
  // rest on a clause the draft changes.
  const outcomes = JSON.parse(root.querySelector("[data-draft-outcomes]")?.textContent || "[]");
  let name = "draft";
  setStatus(root, "starting");
  const python = engine(root, { current });

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
    reader.onerror = () => showErrors(errors, say(root, "file-unreadable"), [String(reader.error)]);
    reader.readAsText(chosen);
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    hideErrors(errors);
    if (!textarea.value.trim()) {
      showErrors(errors, say(root, "problem"), [say(root, "empty")]);
      return;
    }
    if (!root.dataset.ready) setStatus(root, "still-starting");
    try {
      const all = await versions();
      const version = all.find((v) => v.id === current);
      const payload = { draft: textarea.value, name, current: version, outcomes,
        partial: Boolean(partial?.checked) };
      const answer = await compare(python, "protocol.compare.api.compare_draft_json", payload);
      result.replaceChildren();
      if (!answer.ok) {
        showErrors(errors, say(root, "unreadable"), answer.errors);
        setStatus(root, "unreadable-status");
        return;
      }
      const heading = element("h2", say(root, "result", { current }));
      heading.tabIndex = -1;
      result.append(heading);
      const format = say(root, answer.draft.format === "markdown" ? "format-markdown" : "format-plain");
      result.append(element("p", say(root, "read", { count: answer.draft.clauses, format })));
      result.append(wordDownload(root, python, payload));
      if (answer.warnings.length) {
        result.append(element("p", say(root, "warnings"), "draft-warnings-intro"));
        const list = element("ul", undefined, "draft-warnings");
        for (const text of answer.warnings) list.append(element("li", text));
        result.append(list);
      }
      // Sections left out of the draft: offer to compare only what it contains.
      if (!answer.partial && answer.not_in_draft.length && partial) {
        const offer = element("div", undefined, "draft-left-out");
        offer.dataset.leftOut = answer.not_in_draft.join(" ");
        offer.append(element("p", say(root, "left-out", { sections: answer.not_in_draft_label })));
        const again = element("button", say(root, "left-out-button"), "md-button");
        again.type = "button";
        again.addEventListener("click", () => { partial.checked = true; form.requestSubmit(); });
        offer.append(again);
        result.append(offer);
      }
      result.append(outcomesList(root, answer.outcomes));
      const changes = element("h2", say(root, "clauses"));
      result.append(changes);
      showReport(result, answer.html);
      setStatus(root, "compared", { current });
      heading.focus();
    } catch (error) {
      showFailure(root, error);
    }
  });
}

for (const root of document.querySelectorAll("[data-compare]")) setupCompare(root);
for (const root of document.querySelectorAll("[data-compare-draft]")) setupDraft(root);
