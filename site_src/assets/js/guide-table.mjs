// A guide's build-time decision table (protocol/site/guides.py, decision_table), shared by the
// guide widget, which answers from it until Python is live, and the flowchart, which marks the
// state the page shows. Both read the answers the same way, so both show the same state.
//   table: {"": "q:first", "q1=a": "q:second", "q1=a&q2=b": "o:outcome", ...}

// Ids are slugs, so the table's keys are exactly the URL query written here.
export function queryOf(path) {
  return path.map(([q, a]) => `${encodeURIComponent(q)}=${encodeURIComponent(a)}`).join("&");
}

// "q:<question>" or "o:<outcome>": the key of a state's node in the templates and flowchart.
export function nodeOf(state) {
  return state.question ? `q:${state.question}` : `o:${state.outcome}`;
}

// The table and labels the build put in the widget; null if there are none.
export function readTable(root) {
  try {
    return JSON.parse(root.querySelector("[data-guide-table]")?.textContent || "");
  } catch {
    return null;
  }
}

// Answers from the URL query, or from the step page the reader arrived on; null if a question
// is answered twice. No prototype, so no query key can pass for an answer it is not.
export function answersFromLocation(root) {
  const search = new URLSearchParams(location.search);
  const source = [...search.keys()].length ? search : new URLSearchParams(root.dataset.answers || "");
  const answers = Object.create(null);
  for (const [key, value] of source) {
    if (Object.hasOwn(answers, key)) return null;
    answers[key] = value;
  }
  return answers;
}

// Replays answers from the start, exactly as Guide.step does: {question, outcome, path}, or
// {error: "unknown"} for a question or option the guide does not have.
export function decideFromTable(data, answers) {
  const known = data.labels;
  for (const [q, a] of Object.entries(answers)) {
    if (!Object.hasOwn(known, q) || !Object.hasOwn(known[q].options, a)) return { error: "unknown" };
  }
  const path = [];
  let node = data.table[""];
  while (node?.startsWith("q:") && Object.hasOwn(answers, node.slice(2))) {
    const q = node.slice(2);
    path.push([q, answers[q]]);
    node = data.table[queryOf(path)];
  }
  if (!node) return { error: "unknown" };
  return { question: node.startsWith("q:") ? node.slice(2) : null,
           outcome: node.startsWith("o:") ? node.slice(2) : null, path };
}
