import { describe, expect, it } from 'vitest';
import { renderDocsPage, type ApiDocument } from './docs-page.ts';

const DOC: ApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Parity API', version: '0.1.0', description: 'Uses `lang` <b>names</b>.' },
  paths: {
    '/api/countries/{iso3}': {
      get: {
        summary: 'One country',
        tags: ['Countries'],
        parameters: [
          {
            name: 'iso3',
            in: 'path',
            required: true,
            description: 'ISO3 code.',
            schema: { type: 'string', example: 'KAZ' },
          },
          { name: 'lang', in: 'query', schema: { type: 'string', enum: ['en', 'fr', 'ru'], default: 'en' } },
          { name: 'offset', in: 'query', schema: { type: ['integer', 'null'], minimum: 0, default: 0 } },
        ],
        responses: { '200': { description: 'The country.', content: { 'application/json': {} } } },
      },
    },
    '/api/observations': {
      get: {
        summary: 'Observations',
        tags: ['Data'],
        'x-example': '/api/observations?indicator=hdr.gii&country=KAZ',
        parameters: [{ name: 'indicator', in: 'query', required: true, example: 'hdr.gii' }],
        responses: { '400': { description: 'Invalid: `issues` names each.' } },
      },
    },
  },
};

describe(renderDocsPage, () => {
  const html = renderDocsPage(DOC);

  it.each([
    ['a title', '<title>Parity API 0.1.0</title>'],
    ['the language', '<html lang="en">'],
    ['escaped descriptions with code', 'Uses <code>lang</code> &#60;b&#62;names&#60;/b&#62;.'],
    ['a link to the document', '<a href="/api/openapi.json">'],
    ['each operation', '<code>GET /api/countries/{iso3}</code>'],
    ['parameter rows', '<th scope="row"><code>iso3</code></th><td>path</td><td>yes</td>'],
    ['enum and default', 'en | fr | ru, default en'],
    ['a lower bound', 'integer, ≥ 0, default 0'],
    ['code in response descriptions', '<strong>400</strong> Invalid: <code>issues</code> names each.'],
    ['an example from the path examples', '<a href="/api/countries/KAZ">'],
    ['the route’s own example', '<a href="/api/observations?indicator=hdr.gii&#38;country=KAZ">'],
    ['grouping by tag', '<h2>Data</h2>'],
  ])('has %s', (_what, fragment) => {
    expect(html).toContain(fragment);
  });

  it('needs nothing from the network', () => {
    expect(html).not.toMatch(/<script|<link|https?:\/\//);
  });
});
