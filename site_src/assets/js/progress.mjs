// Training progress: kept in this browser's localStorage under one key, with a versioned schema;
// nothing is ever sent anywhere. This module also drives "Your progress" (export, import,
// clear) and the completion record, wherever those appear on a page.
//
// Storage key "member-officer-protocol:training", schema version 2 (see README.md):
//   {"schema": 2, "name": "the name typed for the record",
//    "modules": {"<module id>": {"answers": {"<question id>": answer, ...},
//                                "attempts": [{"date": "YYYY-MM-DD", "score", "total",
//                                              "pass_mark", "passed", "percent",
//                                              "protocol": "2022"}, ...]}}}
// An answer is an option id (single choice) or a list of option ids (multiple choice: sorted;
// put in order: in the order given); "answers" is the attempt under way. "attempts" holds every
// finished attempt, oldest first; the best is worked out from them (bestAttempt), never stored.
// Schema 1 had one "result" per module (the best so far) instead of "attempts": it is read and
// turned into schema 2 (one attempt), in storage and in imported files, so no progress is lost.
// Export file: {"format": EXPORT_FORMAT, "schema": 2, "exported": ISO time, "progress": {...}}.
//
// An attempt must also be possible (see README.md, "Training progress"): score <= total;
// passed agrees with its pass mark; percent is shownPercent(score, total, pass_mark); the date is
// a real date no later than today (local); the protocol id is one the page knows. The page's own
// data says what it knows (pageRules). Saved data that breaks a rule is treated as damaged.
//
// Every piece of stored or imported text reaches the page through textContent only.

export const STORAGE_KEY = "member-officer-protocol:training";
export const BACKUP_KEY = `${STORAGE_KEY}:unreadable`;
export const SCHEMA_VERSION = 2;
const SCHEMA_1 = 1;  // one best "result" per module: still read, and turned into schema 2
export const EXPORT_FORMAT = "member-officer-protocol-training-progress";

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PROTOCOL_ID = /^[A-Za-z0-9._-]{1,40}$/;
const MAX_NAME = 120;
const MAX_ITEMS = 100;
export const MAX_ATTEMPTS = 500;  // per module; then the oldest that is not the best makes room
const MAX_FILE_BYTES = 1_000_000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

export const NOTICES = {
  corrupt: ["We could not read your saved progress",
    "The training progress saved in this browser was damaged, so you are starting afresh. " +
    "If you exported your progress to a file, you can import it on the training page."],
  old: ["Your saved progress is from an older version of this site",
    "It could not be used, so you are starting afresh. Sorry for the trouble."],
  newer: ["Your saved progress is from a newer version of this site",
    "This page cannot use it, so you are starting afresh. Reload the page to get the newest version."],
  unavailable: ["Your progress cannot be saved in this browser",
    "This browser is not letting the site keep data (it may be in private mode, or storage is " +
    "turned off). You can still do the training, but your answers will be lost when you leave."],
};

class InvalidProgress extends Error {}

// What this page knows, from the JSON it was built with: data-training-modules (/training/ and
// the record) or data-quiz-data (a module's page), each listing every module. {modules: {id:
// {pass_mark, total}}, protocols: Set of protocol version ids}: every version the site has
// ("protocol_ids"), so a result recorded against an older version stays readable.
let rulesCache = null;

function readJson(selector) {
  const element = document.querySelector(selector);
  if (!element) return null;
  try {
    return JSON.parse(element.textContent);
  } catch {
    return null;
  }
}

export function pageRules() {
  if (rulesCache) return rulesCache;
  const rules = { modules: {}, protocols: new Set() };
  const addProtocols = (data) => {
    if (typeof data?.protocol?.id === "string") rules.protocols.add(data.protocol.id);
    if (Array.isArray(data?.protocol_ids)) {
      for (const id of data.protocol_ids) if (typeof id === "string") rules.protocols.add(id);
    }
  };
  for (const data of [readJson("[data-training-modules]"), readJson("[data-quiz-data]")]) {
    for (const m of Array.isArray(data?.modules) ? data.modules : []) {
      if (typeof m?.id === "string") rules.modules[m.id] = { pass_mark: m.pass_mark, total: m.total };
    }
    addProtocols(data);
  }
  rulesCache = rules;
  return rules;
}

// A real calendar date, YYYY-MM-DD (2026-02-30 is not one).
export function isRealDate(text) {
  if (typeof text !== "string" || !DATE.test(text)) return false;
  const [year, month, day] = text.split("-").map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1];
}

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

export function emptyProgress() {
  return { schema: SCHEMA_VERSION, name: "", modules: {} };
}

function check(condition, reason) {
  if (!condition) throw new InvalidProgress(reason);
}

function checkedAnswer(value) {
  if (typeof value === "string") {
    check(SLUG.test(value), "an answer is not an option id");
    return value;
  }
  check(Array.isArray(value) && value.length <= 20, "an answer is not a list of option ids");
  check(value.every((v) => typeof v === "string" && SLUG.test(v)), "an answer is not an option id");
  check(new Set(value).size === value.length, "an answer repeats an option");
  return [...value];
}

// The percentage shown for a score: the nearest whole number, halves up, except that a fail is
// always shown below the pass mark, anything short of full marks at most 99% and any right
// answer at least 1% (4 of 6 is 67%; 35 of 44 is 79% when 80% passes). The same rule as
// shown_percent in training/engine.py; tests/browser/test_progress_validation.py checks they agree.
export function shownPercent(score, total, passMark, passed = 100 * score >= passMark * total) {
  if (total <= 0) return 0;
  let percent = Math.floor((200 * score + total) / (2 * total));
  if (score < total) percent = Math.min(percent, 99);
  if (score > 0) percent = Math.max(percent, 1);
  if (!passed) percent = Math.min(percent, passMark - 1);
  return percent;
}

// The fewest right answers out of total that reach the pass mark (pass_score in engine.py).
export function passScore(total, passMark) {
  return Math.ceil((passMark * total) / 100);
}

const isPassMark = (value) => Number.isInteger(value) && value >= 1 && value <= 100;

function checkedScore(value) {
  check(isObject(value), "a result is not an object");
  const { score, total, passed, date, protocol } = value;
  check(Number.isInteger(total) && total > 0 && total <= MAX_ITEMS, "a result has a bad total");
  check(Number.isInteger(score) && score >= 0 && score <= total, "a result has a bad score");
  check(typeof passed === "boolean", "a result has no pass or fail");
  check(isRealDate(date), "a result has a bad date");
  check(date <= today(), "a result is dated in the future");
  check(typeof protocol === "string" && PROTOCOL_ID.test(protocol), "a result has a bad protocol version");
  return { score, total, passed, date, protocol };
}

// An attempt (schema 2), checked against its own pass mark: a module's total and pass mark may
// have changed since, and an attempt at an earlier revision is kept as it was.
function checkedAttempt(value, rules) {
  const { score, total, passed, date, protocol } = checkedScore(value);
  const { pass_mark: passMark, percent } = value;
  check(isPassMark(passMark), "a result has a bad pass mark");
  check(passed === (100 * score >= passMark * total),
    "a result's pass or fail does not match its pass mark");
  check(percent === shownPercent(score, total, passMark, passed),
    "a result's percentage does not match its score");
  check(rules.protocols.size === 0 || rules.protocols.has(protocol),
    "a result names a protocol version this site does not know");
  return { date, score, total, pass_mark: passMark, passed, percent, protocol };
}

// A schema-1 result (the module's best), checked by schema 1's rules, as an attempt of schema 2.
// Its pass mark is the module's where the page knows it (every page lists every module); for a
// module the site no longer has, the pass mark nearest its percentage that agrees with its pass or
// fail. A total other than the module's number of questions today is kept: the result comes from
// an earlier revision of the module.
function attemptFromResult(value, moduleId, rules) {
  const { score, total, passed } = checkedScore(value);
  const floor = Math.floor((100 * score) / total);
  check(value.percent === floor, "a result's percentage does not match its score");
  const known = Object.hasOwn(rules.modules, moduleId) ? rules.modules[moduleId] : null;
  const passMark = isPassMark(known?.pass_mark) ? known.pass_mark
    : Math.min(100, Math.max(1, passed ? floor : floor + 1));
  return checkedAttempt({ ...value, pass_mark: passMark,
    percent: shownPercent(score, total, passMark, passed) }, rules);
}

function checkedAnswers(value) {
  const answers = value ?? {};
  check(isObject(answers) && Object.keys(answers).length <= MAX_ITEMS, "answers are not a map");
  const copied = {};
  for (const [question, answer] of Object.entries(answers)) {
    check(SLUG.test(question), "a question id is not an id");
    copied[question] = checkedAnswer(answer);
  }
  return copied;
}

// The progress, checked field by field and copied (unknown fields are dropped), in schema 2
// whether it was saved in schema 1 or 2; throws InvalidProgress with a reason if anything is the
// wrong shape or a result is impossible.
export function validateProgress(value, rules = pageRules()) {
  check(isObject(value), "not an object");
  check(value.schema === SCHEMA_VERSION || value.schema === SCHEMA_1, "wrong schema version");
  const name = value.name ?? "";
  check(typeof name === "string" && name.length <= MAX_NAME, "the name is not text");
  check(isObject(value.modules), "no modules");
  const entries = Object.entries(value.modules);
  check(entries.length <= MAX_ITEMS, "too many modules");
  const modules = {};
  for (const [id, module] of entries) {
    check(SLUG.test(id), "a module id is not an id");
    check(isObject(module), "a module is not an object");
    let attempts;
    if (value.schema === SCHEMA_1) {
      const result = module.result ?? null;
      attempts = result === null ? [] : [attemptFromResult(result, id, rules)];
    } else {
      const list = module.attempts ?? [];
      check(Array.isArray(list) && list.length <= MAX_ATTEMPTS, "attempts are not a list");
      attempts = list.map((attempt) => checkedAttempt(attempt, rules));
    }
    modules[id] = { answers: checkedAnswers(module.answers), attempts };
  }
  return { schema: SCHEMA_VERSION, name, modules };
}

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// Move unreadable data out of the way: to BACKUP_KEY if it fits (replacing any older copy there,
// as setting it would), otherwise dropped. Either way it is gone from STORAGE_KEY, so the reader
// is told once. The saved value is removed before it is copied, so a copy that fit once fits again.
function setAside(store, raw) {
  try { store.removeItem(STORAGE_KEY); } catch { /* nothing more we can do */ }
  try { store.removeItem(BACKUP_KEY); } catch { /* as above */ }
  try {
    store.setItem(BACKUP_KEY, raw);
  } catch (error) {  // QuotaExceededError, most likely: too large to keep a copy of
    console.warn("Unreadable training progress was too large to keep a copy of:", error.name);
  }
}

// {progress, notice}: notice is null, or a key of NOTICES. Unreadable or impossible data is set
// aside under BACKUP_KEY (never shown, never sent), or dropped if there is no room for it, and
// the saved progress starts afresh, so the notice appears once and the page always works.
export function loadProgress() {
  const store = storage();
  let raw;
  try {
    raw = store ? store.getItem(STORAGE_KEY) : undefined;
  } catch {
    raw = undefined;
  }
  if (raw === undefined) return { progress: emptyProgress(), notice: "unavailable" };
  if (raw === null) return { progress: recovered(store) ?? emptyProgress(), notice: null };
  let notice = "corrupt";
  try {
    const parsed = JSON.parse(raw);
    const readable = [SCHEMA_1, SCHEMA_VERSION];
    if (isObject(parsed) && Number.isInteger(parsed.schema) && !readable.includes(parsed.schema)) {
      notice = parsed.schema < SCHEMA_VERSION ? "old" : "newer";
    } else {
      return { progress: validateProgress(parsed), notice: null };
    }
  } catch (error) {
    console.warn("Saved training progress could not be read:", error.message);
  }
  setAside(store, raw);
  return { progress: emptyProgress(), notice };
}

// Progress that a page of an older version of this site (still open in another tab) set aside
// as "from a newer version", although this page can read it: put back, so nothing is lost.
function recovered(store) {
  try {
    const raw = store.getItem(BACKUP_KEY);
    if (raw === null) return null;
    const progress = validateProgress(JSON.parse(raw));
    store.setItem(STORAGE_KEY, JSON.stringify(progress));
    store.removeItem(BACKUP_KEY);
    return progress;
  } catch {
    return null;  // unreadable here too: it stays aside
  }
}

export function saveProgress(progress) {
  try {
    storage().setItem(STORAGE_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

// Read the newest saved progress, change it, save it: another tab's changes are kept.
export function updateProgress(change) {
  const { progress } = loadProgress();
  change(progress);
  return { progress, saved: saveProgress(progress) };
}

export function clearProgress() {
  try {
    storage().removeItem(STORAGE_KEY);
    storage().removeItem(BACKUP_KEY);
  } catch { /* nothing saved, nothing to clear */ }
}

export function moduleProgress(progress, id) {
  if (!Object.hasOwn(progress.modules, id)) progress.modules[id] = { answers: {}, attempts: [] };
  return progress.modules[id];
}

// Is attempt a better than attempt b? Passed beats failed, then the larger share of right answers
// (compared exactly: totals may differ between revisions of a module); a tie is not better, so
// the earlier attempt stays the best.
function betterThan(a, b) {
  if (a.passed !== b.passed) return a.passed;
  return a.score * b.total > b.score * a.total;
}

// The best attempt at a module, or null before the first: {attempt, number} (number from 1).
export function bestAttempt(kept) {
  let best = null;
  (kept?.attempts || []).forEach((attempt, n) => {
    if (!best || betterThan(attempt, best.attempt)) best = { attempt, number: n + 1 };
  });
  return best;
}

// Keep a finished attempt. Returns true if an old attempt had to go to make room (the oldest
// that is not the best: at MAX_ATTEMPTS a module has been taken hundreds of times).
export function recordAttempt(kept, attempt) {
  kept.attempts.push(attempt);
  if (kept.attempts.length <= MAX_ATTEMPTS) return false;
  const best = bestAttempt(kept).number - 1;
  kept.attempts.splice(best === 0 ? 1 : 0, 1);
  return true;
}

export function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function formatDate(iso) {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function exportText(progress) {
  return JSON.stringify({ format: EXPORT_FORMAT, schema: SCHEMA_VERSION,
    exported: new Date().toISOString(), progress }, null, 1);
}

// The progress in an export file (schema 2, or schema 1 turned into 2), or throws InvalidProgress
// with a message for the reader. The same rules as for saved progress: a file with an
// impossible result "is damaged".
export function parseExport(text, rules = pageRules()) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InvalidProgress("it is not a progress file exported from this site");
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw new InvalidProgress("it is not a progress file exported from this site");
  }
  if (data.schema !== SCHEMA_VERSION && data.schema !== SCHEMA_1) {
    throw new InvalidProgress(Number.isInteger(data.schema) && data.schema > SCHEMA_VERSION
      ? "it comes from a newer version of this site" : "it comes from an older version of this site");
  }
  try {
    check(isObject(data.progress) && data.progress.schema === data.schema, "schemas differ");
    return validateProgress(data.progress, rules);
  } catch {
    throw new InvalidProgress("it is damaged");
  }
}

export function showNotice(scope, notice) {
  const box = scope.querySelector("[data-training-notice]");
  if (!box || !NOTICES[notice]) return;
  const [title, text] = NOTICES[notice];
  box.querySelector("[data-training-notice-title]").textContent = title;
  box.querySelector("[data-training-notice-text]").textContent = text;
  box.hidden = false;
}

// -- "Your progress", the module list and the record ------------------------------------------

export const scoreText = (a) => `${a.score} of ${a.total} (${a.percent}%)`;
export const attemptsText = (n) => (n === 1 ? "1 attempt" : `${n} attempts`);

// "the pass mark is 80% (5 of 6 right)"
export function passMarkText(module) {
  return `the pass mark is ${module.pass_mark}% (${passScore(module.total, module.pass_mark)} ` +
    `of ${module.total} right)`;
}

function statusText(module, kept) {
  const best = bestAttempt(kept)?.attempt;
  const tries = kept?.attempts?.length || 0;
  const answered = Object.keys(kept?.answers || {}).length;
  if (best?.passed) {
    return `Passed: ${scoreText(best)}, on ${formatDate(best.date)}` +
      (tries > 1 ? ` (your best of ${attemptsText(tries)}).` : ".");
  }
  if (best) {
    return `Not passed yet: best score ${scoreText(best)} in ${attemptsText(tries)}; ` +
      `${passMarkText(module)}.`;
  }
  if (answered) return `In progress: ${Math.min(answered, module.total)} of ${module.total} answered.`;
  return "Not started.";
}

class ProgressPage {
  constructor() {
    const source = document.querySelector("[data-training-modules]");
    this.data = JSON.parse(source.textContent);
    this.panel = document.querySelector("[data-training-progress]");
    this.record = document.querySelector("[data-training-record]");
    this.message = this.panel?.querySelector("[data-progress-message]");
    this.load();
    if (this.panel) this.wirePanel();
    if (this.record) this.wireRecord();
    addEventListener("storage", (event) => {
      if (event.key === STORAGE_KEY || event.key === null) this.reload();
    });
    this.render();
  }

  // The saved progress; a notice if it had to be set aside.
  load() {
    const { progress, notice } = loadProgress();
    this.progress = progress;
    if (notice && this.panel) showNotice(this.panel, notice);
  }

  reload() {
    this.load();
    this.render();
  }

  say(text) {
    if (this.message) this.message.textContent = text;
  }

  wirePanel() {
    const $ = (selector) => this.panel.querySelector(selector);
    const file = $("[data-progress-file]");
    const confirm = $("[data-progress-confirm]");
    const clear = $("[data-progress-clear]");
    $("[data-progress-export]").addEventListener("click", () => this.exportFile());
    $("[data-progress-import]").addEventListener("click", () => file.click());
    file.addEventListener("change", () => {
      if (file.files.length) this.importFile(file.files[0]).finally(() => { file.value = ""; });
    });
    clear.addEventListener("click", () => {
      confirm.hidden = false;
      this.say("");
      $("[data-progress-confirm-text]").focus();
    });
    $("[data-progress-confirm-no]").addEventListener("click", () => {
      confirm.hidden = true;
      this.say("Nothing was cleared.");
      clear.focus();
    });
    $("[data-progress-confirm-yes]").addEventListener("click", () => {
      clearProgress();
      this.progress = emptyProgress();
      confirm.hidden = true;
      this.render();
      this.say("Your training progress has been cleared from this browser.");
      clear.focus();
    });
  }

  exportFile() {
    this.load();
    const blob = new Blob([exportText(this.progress)], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = `protocol-training-progress-${today()}.json`;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.say(`Your progress was saved to the file ${link.download}. Import it on another ` +
      "device to carry on there.");
  }

  async importFile(file) {
    try {
      if (file.size > MAX_FILE_BYTES) throw new InvalidProgress("it is too large to be a progress file");
      const progress = parseExport(await file.text());
      if (!saveProgress(progress)) throw new InvalidProgress("this browser is not letting the site save it");
      this.progress = progress;
      this.render();
      const passed = this.passedCount();
      this.say(`Your progress was imported: ${passed} of ${this.data.modules.length} modules passed.`);
    } catch (error) {
      const reason = error instanceof InvalidProgress ? error.message : "it could not be read";
      this.say(`That file could not be imported: ${reason}. Your progress has not changed.`);
    }
  }

  wireRecord() {
    const input = this.record.querySelector("[data-record-name-input]");
    input.addEventListener("input", () => {
      const name = input.value.slice(0, MAX_NAME);
      this.progress = updateProgress((p) => { p.name = name; }).progress;
      this.renderRecord({ keepInput: true });
    });
    this.record.querySelector("[data-record-print]").addEventListener("click", () => print());
  }

  passedCount() {
    return this.data.modules.filter((m) => this.passed(m)).length;
  }

  passed(module) {
    return !!bestAttempt(this.progress.modules[module.id])?.attempt.passed;
  }

  render() {
    for (const item of document.querySelectorAll("[data-training-modules-list] [data-module]")) {
      const module = this.data.modules.find((m) => m.id === item.dataset.module);
      if (module) {
        item.querySelector("[data-module-status]").textContent =
          statusText(module, this.progress.modules[module.id]);
      }
    }
    const summary = this.panel?.querySelector("[data-progress-summary]");
    if (summary) {
      const passed = this.passedCount();
      const total = this.data.modules.length;
      summary.textContent = passed === total
        ? `You have passed all ${total} modules. Your completion record is ready to print.`
        : `You have passed ${passed} of ${total} modules.`;
    }
    if (this.record) this.renderRecord({ keepInput: false });
  }

  renderRecord({ keepInput }) {
    const $ = (selector) => this.record.querySelector(selector);
    const modules = this.data.modules;
    const remaining = modules.filter((m) => !this.passed(m));
    $("[data-record-pending]").hidden = remaining.length === 0;
    $("[data-record-ready]").hidden = remaining.length > 0;
    if (remaining.length) {
      $("[data-record-pending-text]").textContent =
        `You have passed ${modules.length - remaining.length} of ${modules.length} modules. ` +
        "Pass every module to get your record. Still to pass:";
      const items = remaining.map((m) => {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = m.url;
        a.textContent = m.title;
        li.append(a, ` \u2013 ${statusText(m, this.progress.modules[m.id])}`);
        return li;
      });
      $("[data-record-remaining]").replaceChildren(...items);
      return;
    }
    const input = $("[data-record-name-input]");
    if (!keepInput) input.value = this.progress.name;
    const name = $("[data-record-name]");
    name.textContent = this.progress.name || "(type your name above)";
    name.classList.toggle("training-record-blank", !this.progress.name);
    const headers = [...this.record.querySelectorAll(".training-record-table th")]
      .map((th) => th.textContent);
    const rows = modules.map((m) => {
      const kept = this.progress.modules[m.id];
      const best = bestAttempt(kept).attempt;
      const tr = document.createElement("tr");
      const cells = [m.title, scoreText(best), formatDate(best.date), String(kept.attempts.length),
        best.protocol];
      cells.forEach((text, n) => {
        const td = document.createElement("td");
        td.textContent = text;
        td.dataset.label = headers[n];  // a phone shows each row as "Best score: 5 of 6 (83%)"
        tr.append(td);
      });
      return tr;
    });
    $("[data-record-rows]").replaceChildren(...rows);
    $("[data-record-date]").textContent = formatDate(today());
  }
}

if (document.querySelector("[data-training-modules]")) new ProgressPage();
for (const button of document.querySelectorAll("[data-facilitator-print]")) {
  button.addEventListener("click", () => print());
}
