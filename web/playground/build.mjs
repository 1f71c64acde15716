// Builds the offline GraphiQL bundle into internal/playground/assets, where
// the Go server embeds it. Run with `npm ci && npm run build`.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(here, '../../internal/playground/assets');

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: { graphiql: 'src/main.jsx' },
  outdir,
  entryNames: '[name]',
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Licence texts go to licenses.txt instead (see below).
  legalComments: 'none',
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
});

copyFileSync(join(here, 'src/index.html'), join(outdir, 'index.html'));

// Collect the licences of every npm package that ended up in the bundle.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/^(.*node_modules\/(@[^/]+\/[^/]+|[^/]+))\//);
  if (!m) continue;
  const dir = join(here, m[1]);
  if (packages.has(dir)) continue;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.(md|txt))?$/i.test(f));
  packages.set(dir, {
    name: pkg.name,
    version: pkg.version,
    license: typeof pkg.license === 'string' ? pkg.license : 'see package',
    text: file ? readFileSync(join(dir, file), 'utf8').trim() : '',
  });
}
// Packages with the same licence text (e.g. all of Radix UI) share one copy.
const byText = new Map();
for (const p of [...packages.values()].sort((a, b) => a.name.localeCompare(b.name))) {
  const key = p.text || `(no licence file in the package; licence: ${p.license})`;
  if (!byText.has(key)) byText.set(key, []);
  byText.get(key).push(`${p.name}@${p.version} (${p.license})`);
}
const notices = [...byText].map(([text, names]) => `${names.join('\n')}\n\n${text}\n`);
writeFileSync(
  join(outdir, 'licenses.txt'),
  'Third-party software bundled in graphiql.js and graphiql.css\n\n' + notices.join('\n' + '-'.repeat(72) + '\n\n'),
);

// The page must not reach any other host: no web fonts, no CDN, no imports.
const forbidden = [/@import/i, /\/\/fonts\./i, /googleapis/i, /gstatic/i, /\bcdn/i, /unpkg/i, /jsdelivr/i, /https?:\/\//i];
const css = readFileSync(join(outdir, 'graphiql.css'), 'utf8');
for (const re of forbidden) {
  if (re.test(css)) throw new Error(`graphiql.css matches ${re}: an external reference slipped in`);
}
// graphiql.js holds a few URLs that are never fetched (XML namespaces, links
// in error messages and help texts); internal/playground's tests keep the list.
const js = readFileSync(join(outdir, 'graphiql.js'), 'utf8');
for (const re of [/\/\/fonts\./i, /googleapis/i, /gstatic/i, /@import/i]) {
  if (re.test(js)) throw new Error(`graphiql.js matches ${re}: an external reference slipped in`);
}

for (const f of readdirSync(outdir).sort()) {
  const size = readFileSync(join(outdir, f)).length;
  console.log(`${f.padEnd(16)} ${(size / 1024).toFixed(1).padStart(8)} kB`);
}
