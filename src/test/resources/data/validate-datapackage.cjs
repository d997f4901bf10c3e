// Validates a Frictionless data package with the reference JavaScript library (npm "datapackage"):
// the descriptor against the standard's profile, then every row of every resource against its table
// schema (types, required values, primary keys) and every foreign key against the rows it names.
// Prints one line per problem and exits 1 when there is any.
// Usage: node validate-datapackage.cjs NODE_MODULES_PARENT PATH/TO/datapackage.json
const path = require("node:path");
const { Package } = require(path.join(process.argv[2], "node_modules", "datapackage"));
(async () => {
  let problems = 0;
  const report = (message) => { console.log(message); problems++; };
  const dp = await Package.load(process.argv[3], { basePath: path.dirname(process.argv[3]), strict: false });
  if (!dp.valid) {
    dp.errors.forEach((e) => report(`descriptor: ${e.message}`));
  }
  for (const resource of dp.resources) {
    if (!resource.tabular) {
      report(`${resource.name}: not tabular`);
      continue;
    }
    try {
      const rows = await resource.read({ keyed: true, cast: true, relations: true });
      console.log(`${resource.name}: ${rows.length} rows`);
    } catch (error) {
      const details = error.multiple ? error.errors.map((e) => e.message).join("; ") : error.message;
      report(`${resource.name}: ${details}`);
    }
  }
  process.exit(problems ? 1 : 0);
})().catch((error) => { console.log(`error: ${error.message}`); process.exit(2); });
