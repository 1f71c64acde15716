// Builds the console into internal/console/assets, where the Go server embeds it and serves it at
// /admin/. Run with `npm ci && npm run build` (which first generates the typed GraphQL documents
// and type-checks).
//
// Output: index.html (naming the bundle's files), main-<hash>.js and main-<hash>.css, chunk-<hash>.js
// (the code that main imports, or that a screen loaded on demand needs; all content-hashed names,
// cached for a year), licenses.txt, persisted-documents.json (not served), and manifest.json: the
// SHA-256 of the inputs the bundle was built from and of every output file, which internal/console's
// tests compare with the sources and the embedded files, so that a change of the sources without a
// rebuild, or an edit of the output by hand, fails the tests.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(here, '../../internal/console/assets');

// The inputs of the bundle: everything under src/ (the generated documents included), the build
// and its configuration, and the exact package versions. Keep in step with inputFiles in
// internal/console/manifest_test.go.
function inputFiles() {
  const files = ['build.mjs', 'codegen.yml', 'package.json', 'package-lock.json', 'tsconfig.json'];
  const walk = (dir) => {
    for (const name of readdirSync(join(here, dir))) {
      const rel = `${dir}/${name}`;
      if (statSync(join(here, rel)).isDirectory()) walk(rel);
      else files.push(rel);
    }
  };
  walk('src');
  return files.sort();
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

function inputsHash() {
  const h = createHash('sha256');
  for (const f of inputFiles()) h.update(`${f}\0${sha256(readFileSync(join(here, f)))}\n`);
  return h.digest('hex');
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: { main: 'src/main.tsx' },
  outdir,
  entryNames: '[name]-[hash]',
  // Screens are imported on demand (src/ui/lazy.tsx; those few people use together in
  // src/ondemand.ts): their code arrives in chunks of their own when first shown, and what they share
  // with the main script in chunks that it imports.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  charset: 'utf8',
  legalComments: 'none',
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
});

const outName = (p) => relative(outdir, resolve(here, p)).split(sep).join('/');
const outputs = Object.keys(result.metafile.outputs).map(outName);
const mainOut = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === 'src/main.tsx');
const js = mainOut && outName(mainOut[0]);
const css = outputs.find((f) => f.endsWith('.css'));
const chunks = outputs.filter((f) => f !== js && f.endsWith('.js')).sort();
if (!js || !css || outputs.length !== chunks.length + 2) throw new Error(`unexpected outputs: ${outputs}`);
// What the page loads before it shows anything: the main script, the chunks it imports (and
// theirs), and the stylesheet; the other chunks come when a screen needs them.
const firstLoad = [js, css];
for (let i = 0; i < firstLoad.length; i++) {
  const out = result.metafile.outputs[Object.keys(result.metafile.outputs).find((p) => outName(p) === firstLoad[i])];
  for (const imp of out.imports) {
    const name = outName(imp.path);
    if (imp.kind === 'import-statement' && !firstLoad.includes(name)) firstLoad.push(name);
  }
}

writeFileSync(
  join(outdir, 'index.html'),
  readFileSync(join(here, 'src/index.html'), 'utf8').replace('{{js}}', js).replace('{{css}}', css),
);

// The licences of every npm package that ended up in the bundle.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/^(.*node_modules\/(@[^/]+\/[^/]+|[^/]+))\//);
  if (!m || packages.has(m[1])) continue;
  const dir = join(here, m[1]);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.(md|txt))?$/i.test(f));
  packages.set(m[1], {
    name: `${pkg.name}@${pkg.version} (${typeof pkg.license === 'string' ? pkg.license : 'see package'})`,
    text: file ? readFileSync(join(dir, file), 'utf8').trim() : '(no licence file in the package)',
  });
}
writeFileSync(
  join(outdir, 'licenses.txt'),
  `Third-party software bundled in ${[js, ...chunks, css].join(', ')}\n\n` +
    [...packages.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => `${p.name}\n\n${p.text}\n`)
      .join('\n' + '-'.repeat(72) + '\n\n'),
);

// The console's GraphQL documents by their SHA-256 (graphql-codegen's persisted documents): the
// server embeds them and registers them as trusted documents at start-up, so that the console,
// which sends their hashes, works in the mode where only registered documents run.
writeFileSync(join(outdir, 'persisted-documents.json'), readFileSync(join(here, 'src/gql/persisted-documents.json')));

// The console must not reach any other host: no web fonts, no CDN, no absolute URL in the CSS.
const cssText = readFileSync(join(outdir, css), 'utf8');
for (const re of [/@import/i, /@font-face/i, /url\(\s*['"]?(https?:)?\/\//i]) {
  if (re.test(cssText)) throw new Error(`${css} matches ${re}: an external reference slipped in`);
}

const files = {};
for (const f of readdirSync(outdir).sort()) files[f] = sha256(readFileSync(join(outdir, f)));
writeFileSync(join(outdir, 'manifest.json'), JSON.stringify({ inputs: inputsHash(), js, css, chunks, firstLoad, files }, null, 2) + '\n');

for (const [f] of Object.entries(files)) {
  console.log(`${f.padEnd(28)} ${(statSync(join(outdir, f)).size / 1024).toFixed(1).padStart(8)} kB`);
}
