// The search box in the header (partials/search.html), on every page. It is small: the search
// engine (search-engine.mjs, with MiniSearch) and the index (search/index.json) load only when
// a reader first focuses or types in the box, never on page load. The index is a plain file of
// this site, so a browser (or the site's service worker) can keep it for use offline.
//
// Keyboard: type to search; Down moves from the box to the first result and between results,
// Up back towards the box; Enter in the box opens the first result; Escape closes the search.
// The number of results is announced through the status line (role="status").

const root = new URL("../../", import.meta.url); // the site's root: scripts live in assets/js/
const INDEX = new URL("search/index.json", root);
const DEBOUNCE_MS = 120;
const LIMIT = 20;

const KINDS = {
  clause: "Protocol",
  "superseded-clause": "Protocol (superseded version)",
  guide: "Decision guide",
  term: "Glossary",
  training: "Training",
  page: "Page",
};

const box = document.querySelector("[data-site-search]");
if (box) setUp(box);

function setUp(box) {
  const form = box.querySelector("[data-site-search-form]");
  const input = form.querySelector("input");
  const status = box.querySelector("#site-search-status");
  const list = box.querySelector("#site-search-results");
  const toggle = document.getElementById("__search"); // the theme's open/closed state
  let engine = null; // a promise of the engine, made on first use
  let timer = 0;
  let shown = "";

  function start() {
    if (!engine) {
      engine = import("./search-engine.mjs").then((m) => m.load(INDEX));
      engine.catch(() => {
        engine = null; // try again on the next use
        say("Search could not be loaded. Check your connection and try again.");
      });
    }
    return engine;
  }

  function say(text) {
    if (status.textContent !== text) status.textContent = text;
  }

  function open(isOpen) {
    if (toggle && toggle.checked !== isOpen) {
      toggle.checked = isOpen;
      toggle.dispatchEvent(new Event("change"));
    }
  }

  async function run() {
    const query = input.value.trim();
    if (query === shown) return;
    if (!query) {
      shown = "";
      list.replaceChildren();
      say("Type to search the protocol, the guides and the training.");
      return;
    }
    if (!list.children.length) say("Searching…");
    let found;
    try {
      found = await start();
    } catch {
      return; // start() has said so
    }
    if (input.value.trim() !== query) return; // the reader typed on: a newer search follows
    shown = query;
    const results = found.search(query, LIMIT);
    list.replaceChildren(...results.map((r) => item(found, r)));
    say(results.length === 0 ? `No results for “${query}”.`
      : `${results.length === LIMIT ? "The first " : ""}${results.length} result${results.length === 1 ? "" : "s"} for “${query}”. Press the down arrow to reach them.`);
  }

  input.addEventListener("focus", () => {
    open(true);
    start().catch(() => {});
  }, { passive: true });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run().then(() => {
      const first = list.querySelector("a");
      if (first) first.click();
    });
  });
  form.addEventListener("reset", () => {
    setTimeout(() => { run(); input.focus(); });
  });
  // The theme's magnifier (phones) and the back arrow open and close the search.
  if (toggle) {
    toggle.addEventListener("change", () => {
      if (toggle.checked && document.activeElement !== input) input.focus();
    });
  }

  // Following a result (to an anchor on this page too) or leaving the search closes it.
  list.addEventListener("click", (event) => {
    if (event.target.closest("a")) open(false);
  });
  box.addEventListener("focusout", (event) => {
    if (event.relatedTarget && !box.contains(event.relatedTarget)) open(false);
  });

  box.addEventListener("keydown", (event) => {
    const links = [...list.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      open(false);
      input.blur();
      return;
    }
    if (event.key === "ArrowDown" && links.length) {
      event.preventDefault();
      const next = links[Math.min(at + 1, links.length - 1)];
      next.focus();
      next.scrollIntoView({ block: "nearest" });
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : links[at - 1]).focus();
    }
  });
}

// One result: its title (the link, to the clause's or scenario's own anchor), what kind of
// thing it is, and an excerpt with the matching words marked. Training options are a list.
function item(engine, { doc, matched }) {
  const li = el("li", "md-search-result__item site-search__item");
  const link = el("a", "site-search__link");
  link.href = new URL(doc.url, root).href;
  link.append(...pieces(engine.excerpt(doc.title, matched, 400)));
  const heading = el("h2", "site-search__title");
  heading.append(link);
  const kind = el("p", "site-search__kind");
  kind.textContent = doc.section ? `${KINDS[doc.kind]} · ${doc.section}` : KINDS[doc.kind];
  li.append(heading, kind);
  if (doc.text) {
    const text = el("p", "site-search__text");
    text.append(...pieces(engine.excerpt(doc.text, matched)));
    li.append(text);
  }
  if (doc.options && doc.options.length) {
    const options = el("ul", "site-search__options");
    for (const option of doc.options) {
      const o = el("li");
      o.append(...pieces(engine.excerpt(option, matched)));
      options.append(o);
    }
    li.append(options);
  }
  return li;
}

function pieces(parts) {
  return parts.map(({ text, mark }) => {
    if (!mark) return document.createTextNode(text);
    const m = document.createElement("mark");
    m.textContent = text;
    return m;
  });
}

function el(tag, className) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  return e;
}
