// Runs the guides in real Pyodide under Node, for tests/pyodide/test_parity_pyodide.py.
//
//   node tests/pyodide/pyodide_parity.mjs <archive.zip> [module:function] < cases.json > results.json
//
// cases.json is a JSON list of payloads for the function (default guides.api:run_json, which
// takes {"guide": id, "answers": {...}}; the comparison's parity test names
// protocol.compare.api:compare_versions_json and compare_draft_json, one run each). The zip is
// the archive the site ships (protocol.browserpython), unpacked exactly as the browser worker
// does. Pyodide starts once (several seconds), then every case runs in it. Prints one JSON
// object: {"python": {"version": sys.version, "platform": sys.platform}, "results": [...]},
// one result per case, in order: what guides.api.run_json returned, parsed, or
// {"exception": "..."} if Python raised.
import { readFileSync } from "node:fs";
import { loadPyodide } from "../../node_modules/pyodide/pyodide.mjs";

const [zipPath, target = "guides.api:run_json"] = process.argv.slice(2);
if (!zipPath) {
  process.stderr.write("usage: node tests/pyodide/pyodide_parity.mjs <guides.zip> < cases.json\n");
  process.exit(2);
}
const cases = JSON.parse(readFileSync(0, "utf8"));
if (!Array.isArray(cases)) throw new Error("stdin must be a JSON list of cases");

// Anything Python prints goes to stderr, so stdout stays one JSON document.
const toStderr = (line) => process.stderr.write(`${line}\n`);
const pyodide = await loadPyodide({ stdout: toStderr, stderr: toStderr });
pyodide.unpackArchive(new Uint8Array(readFileSync(zipPath)), "zip");

const sys = pyodide.pyimport("sys");
const python = { version: sys.version, platform: sys.platform };
const [moduleName, functionName] = target.split(":");
const runJson = pyodide.pyimport(moduleName)[functionName];

const results = cases.map((payload) => {
  try {
    return JSON.parse(runJson(JSON.stringify(payload)));
  } catch (error) {
    return { exception: String(error.message || error) };
  }
});
process.stdout.write(JSON.stringify({ python, results }));
