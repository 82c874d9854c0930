// The training quiz. The page arrives with every scenario and its feedback already rendered
// from the module's Python (inside <details>, so without JavaScript the answers are revealed on
// request), plus a grading table built by running the same Python over every possible answer.
// The table grades from the first answer; once Python is live in the worker
// (data-ready="true") every answer and the module's score are graded by training.api instead.
// Answers and results are saved in this browser (progress.mjs); stored text is only ever
// shown with textContent.
import { siteUrl } from "./site.mjs";
import { startEngine } from "./engine.mjs";
import { say } from "./messages.mjs";
import { attemptsText, bestAttempt, formatDate, loadProgress, moduleProgress, passScore,
  recordAttempt, scoreText, showNotice, shownPercent, today, updateProgress } from "./progress.mjs";

const GRADE = "training.api.grade_json";

// Python's reply, unless it is an error: then the table grades instead.
function graded(reply) {
  if (reply.error) throw new Error(reply.error);
  return reply;
}


function answerKey(question, answer) {
  if (question.kind === "single") return answer;
  if (question.kind === "multiple") return [...answer].sort().join(",");
  return answer.join(",");
}

// Is a stored answer still a well-formed answer to this question (the module may have changed)?
function fits(question, answer) {
  const known = Object.keys(question.labels);
  if (question.kind === "single") return typeof answer === "string" && known.includes(answer);
  if (!Array.isArray(answer) || new Set(answer).size !== answer.length) return false;
  if (!answer.every((a) => known.includes(a))) return false;
  return question.kind === "multiple" ? answer.length > 0 : answer.length === known.length;
}

class Quiz {
  constructor(root) {
    this.root = root;
    this.data = JSON.parse(root.querySelector("[data-quiz-data]").textContent);
    this.id = this.data.module;
    this.questions = new Map(this.data.questions.map((q) => [q.id, q]));
    this.forms = new Map([...root.querySelectorAll("form[data-question]")]
      .map((form) => [form.dataset.question, form]));
    this.live = root.querySelector("[data-quiz-live]");
    this.status = root.querySelector("[data-quiz-status]");
    this.result = root.querySelector("[data-quiz-result]");
    this.answers = {};     // the answers shown on the page, keyed by question id
    this.verdicts = {};    // question id -> true | false, as graded
    // With JavaScript the feedback is not a <details> to open: it appears after answering.
    for (const form of this.forms.values()) {
      const details = form.querySelector("[data-quiz-answer]");
      const feedback = details.querySelector("[data-feedback]");
      feedback.hidden = true;
      details.replaceWith(feedback);
    }
    root.addEventListener("submit", (event) => this.onSubmit(event));
    root.addEventListener("click", (event) => this.onClick(event));
    // Python takes over: answers already shown are graded again, then data-ready="true".
    this.engine = startEngine(["training"], { root, takeover: () => this.regrade() });
    const { progress, notice } = loadProgress();
    if (notice) showNotice(root, notice);
    this.restore(progress);
  }

  // -- grading: the build-time table until Python is ready, then Python --------------------
  gradeFromTable(question, answer) {
    return question.correct.includes(answerKey(question, answer));
  }

  // {correct, by}: by is "python" or "table", and is shown as data-graded-by on the feedback.
  grade(questionId, answer) {
    const question = this.questions.get(questionId);
    return this.engine.ask(GRADE, { module: this.id, question: questionId, answer },
      () => ({ correct: this.gradeFromTable(question, answer), by: "table" }),
      (reply) => ({ correct: graded(reply).correct, by: "python" }), { patient: false });
  }

  score() {
    return this.engine.ask(GRADE, { module: this.id, answers: this.answers }, () => {
      const total = this.data.questions.length;
      const score = this.data.questions.filter((q) => this.verdicts[q.id]).length;
      const answered = this.data.questions.every((q) => q.id in this.answers);
      const passed = answered && 100 * score >= this.data.pass_mark * total;
      return { score, total, percent: shownPercent(score, total, this.data.pass_mark, passed),
               passed, by: "table" };
    }, (reply) => {
      const { score, total, percent, passed } = graded(reply);
      return { score, total, percent, passed, by: "python" };
    }, { patient: false });
  }

  // Python takes over: answers already shown are graded again by Python, and only a verdict
  // Python disagrees with is redrawn. If Python fails here, the table's verdicts stand.
  async regrade() {
    if (!Object.keys(this.answers).length) return;
    const reply = await this.engine.ask(GRADE, { module: this.id, answers: this.answers },
      () => null, graded, { patient: false });
    for (const [id, correct] of Object.entries(reply?.results || {})) {
      if (this.verdicts[id] !== correct) this.showFeedback(id, this.answers[id], correct, {});
      this.forms.get(id).querySelector("[data-feedback]").dataset.gradedBy = "python";
    }
  }

  // -- answering -----------------------------------------------------------------------------
  readAnswer(form, question) {
    if (question.kind === "order") {
      // The order as shown is an answer only once the reader has moved a step or said it is theirs.
      if (!form.dataset.moved && !form.querySelector("[data-quiz-confirm-order]").checked) return null;
      return [...form.querySelectorAll("[data-quiz-order] [data-option]")].map((li) => li.dataset.option);
    }
    const checked = [...form.querySelectorAll("input:checked")].map((input) => input.value);
    if (!checked.length) return null;
    return question.kind === "single" ? checked[0] : checked.sort();
  }

  async onSubmit(event) {
    const form = event.target.closest("form[data-question]");
    if (!form) return;
    event.preventDefault();
    const id = form.dataset.question;
    const question = this.questions.get(id);
    if (id in this.answers || form.dataset.busy) return;
    const answer = this.readAnswer(form, question);
    const problem = form.querySelector("[data-quiz-problem]");
    if (answer === null) {
      problem.textContent = say(this.root, `problem-${question.kind}`);
      problem.hidden = false;
      form.classList.add("quiz-question--error");
      problem.focus();
      return;
    }
    problem.hidden = true;
    form.classList.remove("quiz-question--error");
    form.dataset.busy = "true";
    this.lock(form);
    const { correct, by } = await this.grade(id, answer);
    delete form.dataset.busy;
    form.querySelector("[data-feedback]").dataset.gradedBy = by;
    this.answers[id] = answer;
    this.showFeedback(id, answer, correct, { focus: true });
    this.updateStatus();
    // The last answer and the attempt it finishes are saved together.
    const result = this.complete() ? await this.score() : null;
    const { saved } = updateProgress((p) => {
      const kept = moduleProgress(p, this.id);
      kept.answers[id] = answer;
      if (result) this.record(kept, result);
    });
    if (!saved) showNotice(this.root, "unavailable");
    if (result) this.finish(result, { announce: true });
  }

  // A finished attempt, kept with the others (progress.mjs: every attempt is kept).
  record(kept, { by, ...result }) {
    this.trimmed = recordAttempt(kept, { date: today(), score: result.score, total: result.total,
      pass_mark: this.data.pass_mark, passed: result.passed, percent: result.percent,
      protocol: this.data.protocol.id });
  }

  lock(form) {
    for (const control of form.querySelectorAll("input, button[data-move]")) control.disabled = true;
    delete form.dataset.moved;
    form.querySelector("[data-quiz-check]").hidden = true;
    form.classList.add("quiz-question--answered");
  }

  unlock(form, question) {
    for (const control of form.querySelectorAll("input, button[data-move]")) {
      control.disabled = false;
      if (control.type === "radio" || control.type === "checkbox") control.checked = false;
    }
    if (question.kind === "order") {
      const list = form.querySelector("[data-quiz-order]");
      for (const id of question.shown) list.append(list.querySelector(`[data-option="${CSS.escape(id)}"]`));
    }
    form.querySelector("[data-quiz-check]").hidden = false;
    // Nothing of the last attempt stays on screen: no verdict, no marks, no choices.
    const feedback = form.querySelector("[data-feedback]");
    feedback.hidden = true;
    feedback.classList.remove("quiz-feedback--right", "quiz-feedback--wrong");
    delete feedback.dataset.gradedBy;
    feedback.querySelector("[data-quiz-verdict]").textContent = "";
    feedback.querySelector("[data-quiz-yours]").textContent = "";
    for (const row of feedback.querySelectorAll("[data-option-feedback]")) {
      row.querySelector("[data-chosen]").hidden = true;
      row.classList.remove("quiz-fb--chosen");
    }
    form.classList.remove("quiz-question--answered", "quiz-question--error",
      "quiz-question--right", "quiz-question--wrong");
    form.querySelector("[data-quiz-problem]").hidden = true;
  }

  // Put a (stored) answer back into the form's controls.
  fill(form, question, answer) {
    if (question.kind === "order") {
      const list = form.querySelector("[data-quiz-order]");
      for (const id of answer) list.append(list.querySelector(`[data-option="${CSS.escape(id)}"]`));
      return;
    }
    const chosen = new Set(question.kind === "single" ? [answer] : answer);
    for (const input of form.querySelectorAll("input")) input.checked = chosen.has(input.value);
  }

  describe(question, answer) {
    const labels = question.labels;
    if (question.kind === "single") return say(this.root, "yours-single", { answer: labels[answer] });
    if (question.kind === "multiple") {  // in the order the options are shown
      const chosen = question.shown.filter((id) => answer.includes(id));
      return say(this.root, "yours-multiple", { answers: chosen.map((a) => labels[a]).join("; ") });
    }
    const order = answer.map((a, n) => `${n + 1}. ${labels[a]}`).join("; ");
    return say(this.root, "yours-order", { order });
  }

  showFeedback(id, answer, correct, { focus = false }) {
    const form = this.forms.get(id);
    const question = this.questions.get(id);
    const feedback = form.querySelector("[data-feedback]");
    this.verdicts[id] = correct;
    const verdict = feedback.querySelector("[data-quiz-verdict]");
    verdict.textContent = say(this.root, correct ? "right" : "wrong");
    feedback.querySelector("[data-quiz-yours]").textContent = this.describe(question, answer);
    const chosen = new Set(question.kind === "single" ? [answer] : answer);
    for (const row of feedback.querySelectorAll("[data-option-feedback]")) {
      row.querySelector("[data-chosen]").hidden = !chosen.has(row.dataset.optionFeedback);
      row.classList.toggle("quiz-fb--chosen", chosen.has(row.dataset.optionFeedback));
    }
    feedback.classList.toggle("quiz-feedback--right", correct);
    feedback.classList.toggle("quiz-feedback--wrong", !correct);
    form.classList.toggle("quiz-question--right", correct);
    form.classList.toggle("quiz-question--wrong", !correct);
    feedback.hidden = false;
    if (focus) verdict.focus();
  }

  complete() {
    return this.data.questions.every((q) => q.id in this.answers);
  }

  updateStatus() {
    const answered = Object.keys(this.answers).length;
    const total = this.data.questions.length;
    this.status.textContent = say(this.root, "status", { answered, total });
    const link = document.createElement("a");
    link.href = siteUrl("/training/#progress").href;
    link.textContent = say(this.root, "status-link");
    this.status.append(link, ".");
  }

  // Show the attempt just finished (or restored), with the best and every attempt kept.
  finish({ by, ...result }, { announce }) {
    this.result.dataset.scoredBy = by;
    this.showResult(result, loadProgress().progress.modules[this.id]);
    if (announce) {
      const verdict = say(this.root, result.passed ? "complete-passed" : "complete-failed");
      this.live.textContent = say(this.root, "complete", { ...result, verdict });
    }
  }

  showResult(result, kept) {
    const pass = this.data.pass_mark;
    const total = result.total;
    const verdict = say(this.root, result.passed ? "score-passed" : "score-failed",
                        { pass, need: passScore(total, pass), total });
    this.result.querySelector("[data-quiz-score]").textContent =
      say(this.root, "score", { ...result, verdict });
    const attempts = kept?.attempts || [];
    const best = bestAttempt(kept);
    const latest = attempts.length;
    let bestText = "";
    if (best && best.number !== latest) {
      bestText = say(this.root, "best", { ...best.attempt, number: best.number,
        date: formatDate(best.attempt.date),
        how: say(this.root, best.attempt.passed ? "best-passed" : "best-taken") });
    } else if (best && latest > 1) {
      bestText = say(this.root, "best-new", { attempts: attemptsText(latest) });
    }
    if (this.trimmed) bestText += ` ${say(this.root, "trimmed")}`;
    this.result.querySelector("[data-quiz-best]").textContent = bestText;
    const table = this.result.querySelector("[data-quiz-attempts]");
    table.hidden = attempts.length < 2;
    const rows = attempts.map((attempt, n) => {
      const tr = document.createElement("tr");
      const outcome = say(this.root, attempt.passed ? "attempt-passed" : "attempt-failed");
      const cells = [String(n + 1), formatDate(attempt.date), scoreText(attempt),
        n + 1 === best.number ? `${outcome} ${say(this.root, "attempt-best")}` : outcome];
      for (const text of cells) {
        const td = document.createElement("td");
        td.textContent = text;
        tr.append(td);
      }
      return tr;
    }).reverse();  // the latest first
    table.querySelector("tbody").replaceChildren(...rows);
    this.result.hidden = false;
  }

  // -- restoring saved answers ---------------------------------------------------------------
  restore(progress) {
    const saved = progress.modules[this.id];
    for (const [id, answer] of Object.entries(saved?.answers || {})) {
      const question = this.questions.get(id);
      if (!question || !fits(question, answer)) continue;  // the module has changed since
      const form = this.forms.get(id);
      this.answers[id] = answer;
      this.fill(form, question, answer);
      this.lock(form);
      this.showFeedback(id, answer, this.gradeFromTable(question, answer), {});
      form.querySelector("[data-feedback]").dataset.gradedBy = "table";
    }
    this.updateStatus();
    if (this.complete()) this.restoreResult(saved);
  }

  // Every answer is back: the attempt they make was kept when it was finished. Answers finished
  // without an attempt kept (the module changed since, say) are kept as an attempt now.
  async restoreResult(saved) {
    const result = await this.score();
    if (!saved.attempts.length) updateProgress((p) => this.record(moduleProgress(p, this.id), result));
    this.finish(result, { announce: false });
  }

  retake() {
    updateProgress((p) => { moduleProgress(p, this.id).answers = {}; });
    this.answers = {};
    this.verdicts = {};
    this.trimmed = false;
    for (const [id, form] of this.forms) this.unlock(form, this.questions.get(id));
    this.result.hidden = true;
    delete this.result.dataset.scoredBy;
    this.updateStatus();
    this.live.textContent = say(this.root, "retaken");
    this.forms.values().next().value.querySelector(".quiz-heading").focus();
  }

  // -- buttons -------------------------------------------------------------------------------
  onClick(event) {
    const move = event.target.closest("button[data-move]");
    if (move) return this.move(move);
    if (event.target.closest("[data-quiz-next]")) return this.next(event.target.closest("form"));
    if (event.target.closest("[data-quiz-retake]")) return this.retake();
    return undefined;
  }

  move(button) {
    const item = button.closest("[data-option]");
    const list = item.parentElement;
    const label = item.querySelector(".quiz-order-label").textContent;
    const up = button.dataset.move === "up";
    const sibling = up ? item.previousElementSibling : item.nextElementSibling;
    if (!sibling) {
      this.live.textContent = `${label} is already ${up ? "first" : "last"}.`;
      return;
    }
    if (up) list.insertBefore(item, sibling); else list.insertBefore(sibling, item);
    button.closest("form").dataset.moved = "true";
    const position = [...list.children].indexOf(item) + 1;
    button.focus();  // moving the item took focus off the button
    this.live.textContent = `${label}: now ${position} of ${list.children.length}.`;
  }

  next(form) {
    const ids = [...this.forms.keys()];
    const at = ids.indexOf(form.dataset.question);
    const later = [...ids.slice(at + 1), ...ids.slice(0, at)].find((id) => !(id in this.answers));
    if (later) this.forms.get(later).querySelector(".quiz-heading").focus();
    else this.result.focus();
  }
}

for (const root of document.querySelectorAll("[data-quiz]")) new Quiz(root);
