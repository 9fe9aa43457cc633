/**
 * The human-readable API page, generated from the OpenAPI document: every operation grouped by
 * tag, with its parameters (description, required, type, example), responses and an example link
 * to try. Self-contained HTML (inline CSS, no script, no CDN): the server may have no internet.
 */

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly description?: string;
  readonly schema?: Schema;
  readonly example?: unknown;
}

interface Schema {
  readonly type?: string | string[];
  readonly enum?: unknown[];
  readonly default?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  readonly example?: unknown;
}

interface Operation {
  readonly summary?: string;
  readonly description?: string;
  readonly tags?: string[];
  readonly parameters?: Parameter[];
  readonly responses?: Record<
    string,
    { readonly description?: string; readonly content?: Record<string, unknown> }
  >;
  readonly 'x-example'?: string;
  readonly requestBody?: {
    readonly content?: Record<string, { readonly schema?: { readonly example?: unknown } }>;
  };
}

/** The parts of an OpenAPI 3.1 document the page reads. */
export interface ApiDocument {
  readonly openapi: string;
  readonly info: { readonly title: string; readonly version: string; readonly description?: string };
  readonly paths?: Record<string, Record<string, Operation> | undefined>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Renders the page. Pure: the same document gives the same bytes. */
export function renderDocsPage(doc: ApiDocument): string {
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((m) => {
      const op = item?.[m];
      return op ? [{ method: m.toUpperCase(), path, op, id: anchor(m, path) }] : [];
    }),
  );
  const tags = [...new Set(ops.map((o) => o.op.tags?.[0] ?? 'Other'))];
  const byTag = (t: string) => ops.filter((o) => (o.op.tags?.[0] ?? 'Other') === t);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} ${esc(doc.info.version)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(doc.info.title)} <span class="version">${esc(doc.info.version)}</span></h1>
${paragraphs(doc.info.description)}
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${esc(doc.openapi)}).</p>
</header>
<nav aria-label="Endpoints"><h2>Endpoints</h2>
${tags
  .map(
    (t) =>
      `<h3>${esc(t)}</h3><ul>${byTag(t)
        .map(
          (o) =>
            `<li><a href="#${o.id}"><code>${o.method} ${esc(o.path)}</code></a> ${esc(o.op.summary ?? '')}</li>`,
        )
        .join('')}</ul>`,
  )
  .join('\n')}
</nav>
<main>
${tags
  .map(
    (t) =>
      `<h2>${esc(t)}</h2>\n${byTag(t)
        .map((o) => operation(o.method, o.path, o.op, o.id))
        .join('\n')}`,
  )
  .join('\n')}
</main>
</body>
</html>
`;
}

function operation(method: string, path: string, op: Operation, id: string): string {
  return `<section id="${id}" aria-labelledby="${id}-h">
<h3 id="${id}-h"><code>${method} ${esc(path)}</code></h3>
${op.summary ? `<p class="summary">${esc(op.summary)}</p>` : ''}
${paragraphs(op.description)}
${parameters(op.parameters ?? [])}
<h4>Responses</h4>
<ul>${Object.entries(op.responses ?? {})
    .map(
      ([status, r]) =>
        `<li><strong>${esc(status)}</strong> ${inline(r.description ?? '')}${r.content ? ` <span class="muted">(${Object.keys(r.content).map(esc).join(', ')})</span>` : ''}</li>`,
    )
    .join('')}</ul>
${requestExample(method, path, op)}
</section>`;
}

/** A link to try a GET; for other methods a curl command with the request body's example. */
function requestExample(method: string, path: string, op: Operation): string {
  if (method === 'GET') {
    const url = op['x-example'] ?? exampleUrl(path, op.parameters ?? []);
    return `<p>Example: <a href="${esc(url)}"><code>${esc(url)}</code></a></p>`;
  }
  const body = op.requestBody?.content?.['application/json']?.schema?.example;
  const data =
    body === undefined
      ? ''
      : ` -H 'Content-Type: application/json' -d '${JSON.stringify(body).replace(/'/g, "'\\''")}'`;
  return `<p>Example:</p><pre><code>curl -X ${method} http://localhost:3000${esc(path)}${esc(data)}</code></pre>`;
}

function parameters(list: readonly Parameter[]): string {
  if (list.length === 0) return '<p class="muted">No parameters.</p>';
  const rows = list
    .map(
      (p) =>
        `<tr><th scope="row"><code>${esc(p.name)}</code></th><td>${esc(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${esc(typeOf(p.schema))}</td><td>${esc(p.description ?? '')}</td><td>${exampleOf(p) === undefined ? '' : `<code>${esc(String(exampleOf(p)))}</code>`}</td></tr>`,
    )
    .join('\n');
  return `<h4>Parameters</h4>
<div class="scroll"><table><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Required</th><th scope="col">Type</th><th scope="col">Description</th><th scope="col">Example</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

function typeOf(s: Schema | undefined): string {
  if (!s) return '';
  const type = (Array.isArray(s.type) ? s.type.filter((t) => t !== 'null') : [s.type ?? 'string']).join(
    ' | ',
  );
  const parts = [s.enum ? s.enum.map(String).join(' | ') : type];
  if (s.minimum !== undefined && s.maximum !== undefined) parts.push(`${s.minimum}–${s.maximum}`);
  else if (s.minimum !== undefined) parts.push(`≥ ${s.minimum}`);
  else if (s.maximum !== undefined) parts.push(`≤ ${s.maximum}`);
  if (s.default !== undefined) parts.push(`default ${String(s.default)}`);
  return parts.join(', ');
}

function exampleOf(p: Parameter): unknown {
  return p.example ?? p.schema?.example;
}

/** The path with its parameters' examples, plus the required query parameters' examples. */
function exampleUrl(path: string, params: readonly Parameter[]): string {
  let url = path;
  for (const p of params.filter((x) => x.in === 'path'))
    url = url.replace(`{${p.name}}`, encodeURIComponent(String(exampleOf(p) ?? p.name)));
  const query = params
    .filter((p) => p.in === 'query' && p.required && exampleOf(p) !== undefined)
    .map((p) => `${p.name}=${encodeURIComponent(String(exampleOf(p)))}`);
  return query.length > 0 ? `${url}?${query.join('&')}` : url;
}

function anchor(method: string, path: string): string {
  return `${method}-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

function paragraphs(text: string | undefined): string {
  if (!text) return '';
  return text
    .split(/\n{2,}/)
    .map((t) => `<p>${inline(t)}</p>`)
    .join('\n');
}

/** Escaped text with `code` spans. */
function inline(text: string): string {
  return esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;margin:0 auto;max-width:70rem;padding:1rem 1.5rem}
h1{margin:.5rem 0}.version{font-size:.6em;color:#555;font-weight:normal}
h2{border-bottom:2px solid #0072B2;padding-bottom:.2rem;margin-top:2.5rem}
h3 code{font-size:1.05rem}section{border-top:1px solid #ddd;padding:.5rem 0 1rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f3f4f6;padding:0 .2em;border-radius:3px}
a{color:#0a58a6}a:focus-visible{outline:3px solid #E69F00;outline-offset:2px}
nav ul{list-style:none;padding-left:0}nav li{margin:.2rem 0}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eef3f8}.scroll{overflow-x:auto}.muted{color:#555}.summary{font-weight:600}
`;
