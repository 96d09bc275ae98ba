// Builds the SPARQL editor into service/ickg/web/static/editor/ (run: npm ci && npm run build).
//
//   sparql-editor.js            src/sparql-editor.js and the CodeMirror packages it imports,
//                               one minified IIFE (no modules, no eval, no outside requests)
//   sparql-editor.css           src/sparql-editor.css, minified
//   sparql-editor.LICENSES.txt  the license of every package in the bundle, as shipped in it
//
// The output is committed: the service, its wheel and CI never need npm.

import {readFileSync, readdirSync, writeFileSync, existsSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, "../../service/ickg/web/static/editor");

const banner = "/*! ickg SPARQL editor. Bundles CodeMirror 6 (MIT, (c) Marijn Haverbeke and others) and its "
  + "dependencies; their licenses are in sparql-editor.LICENSES.txt beside this file. */";

const js = await esbuild.build({
  entryPoints: [join(here, "src/sparql-editor.js")],
  outfile: join(out, "sparql-editor.js"),
  bundle: true,
  format: "iife",
  minify: true,
  target: ["es2020"],
  legalComments: "none",
  banner: {js: banner},
  metafile: true,
  logLevel: "warning",
});
await esbuild.build({
  entryPoints: [join(here, "src/sparql-editor.css")],
  outfile: join(out, "sparql-editor.css"),
  bundle: true,
  minify: true,
  logLevel: "warning",
});

// Every package that contributed code, with its version and license text.
const packages = new Map();
for (const input of Object.keys(js.metafile.inputs)) {
  const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (!match) continue;
  const dir = join(here, "node_modules", match[1]);
  if (packages.has(match[1])) continue;
  const meta = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const licenseFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = licenseFile ? readFileSync(join(dir, licenseFile), "utf8").trim() : `License: ${meta.license}`;
  packages.set(match[1], {version: meta.version, license: meta.license, text});
}
const notices = [
  "Third-party software in sparql-editor.js (built by tools/editor/build.mjs from tools/editor/package-lock.json)",
  "",
  ...[...packages].sort(([a], [b]) => a.localeCompare(b)).flatMap(([name, p]) => [
    "=".repeat(78), `${name} ${p.version} (${p.license})`, "=".repeat(78), p.text, "",
  ]),
];
writeFileSync(join(out, "sparql-editor.LICENSES.txt"), notices.join("\n"));
for (const name of ["sparql-editor.js", "sparql-editor.css", "sparql-editor.LICENSES.txt"]) {
  const path = join(out, name);
  if (existsSync(path)) console.log(`${relative(process.cwd(), path)}: ${readFileSync(path).length} bytes`);
}
