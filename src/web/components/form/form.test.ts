import i18next from 'i18next';
import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { Field, FieldError, TextField } from './Field.tsx';
import { Done, ErrorSummary, Form } from './Form.tsx';

// The component tests render to HTML (there is no DOM here) and read the attributes that tie a
// control to its label, hint and error, and what is announced.
const html = (node: ReactNode) => renderToStaticMarkup(node);
const server = (text: string) => ({ text, server: true });
const local = (text: string) => ({ text, server: false });

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: {
      en: {
        common: {
          form: {
            summary_one: '{{count}} field to correct.',
            summary_other: '{{count}} fields to correct.',
            failed: 'Not saved:',
          },
        },
      },
    },
  });
});

describe('a field', () => {
  it('ties the control to its hint and error; the server’s error is English and announced', () => {
    const out = html(
      h(Field, {
        id: 'f-code',
        label: 'Code',
        hint: 'Letters and digits.',
        error: server('expected 2 to 63 characters'),
        children: (c) => h('input', { ...c, type: 'text' }),
      }),
    );
    expect(out).toBe(
      '<div class="field"><label for="f-code">Code</label>' +
        '<input id="f-code" aria-invalid="true" aria-describedby="f-code-hint f-code-error" type="text"/>' +
        '<p id="f-code-hint" class="note field-hint">Letters and digits.</p>' +
        '<p id="f-code-error" class="field-error" role="alert" lang="en">expected 2 to 63 characters</p></div>',
    );
  });

  it('without an error or a hint, the control is neither invalid nor described', () => {
    const out = html(
      h(TextField, { id: 'f-t', label: 'Title', value: 'x', onChange: () => {}, className: 'wide' }),
    );
    expect(out).toBe(
      '<div class="field wide"><label for="f-t">Title</label><input id="f-t" type="text" value="x"/></div>',
    );
  });

  it('a page’s own message is in the reader’s language: no lang mark', () => {
    expect(html(h(FieldError, { message: local('Enter a title.') }))).toBe(
      '<p class="field-error" role="alert">Enter a title.</p>',
    );
  });

  it('a textarea when given rows, with the input attributes passed on', () => {
    const out = html(
      h(TextField, {
        id: 'f-x',
        label: 'Text',
        value: '',
        rows: 3,
        spellCheck: false,
        onChange: () => {},
        error: local('Required.'),
      }),
    );
    expect(out).toMatch(
      /<textarea id="f-x" aria-invalid="true" aria-describedby="f-x-error" spellCheck="false" rows="3">/,
    );
  });
});

describe('a form', () => {
  const form = (announce?: 'fields' | 'summary') =>
    html(
      h(Form, {
        prefix: 'p',
        heading: 'New cycle',
        level: 3,
        className: 'card',
        busy: true,
        announce,
        onSubmit: () => {},
        children: h(FieldError, { id: 'p-code-error', message: server('taken') }),
      }),
    );

  it('is named by its heading, busy while it sends, checked by the page, not the browser', () => {
    expect(form()).toBe(
      '<form id="p-form" class="card" noValidate="" aria-labelledby="p-h" aria-busy="true">' +
        '<h3 id="p-h">New cycle</h3>' +
        '<p id="p-code-error" class="field-error" role="alert" lang="en">taken</p></form>',
    );
  });

  it('with an error summary, its fields’ errors are not announced one by one', () => {
    expect(form('summary')).toMatch(/<p id="p-code-error" class="field-error" lang="en">taken<\/p>/);
  });

  it('without a heading it is named by the section around it', () => {
    expect(html(h(Form, { prefix: 'g', onSubmit: () => {}, children: 'x' }))).toBe(
      '<form id="g-form" noValidate="">x</form>',
    );
  });
});

describe('the error summary and the success', () => {
  it.each([
    { count: 0, general: null, want: '' },
    {
      count: 2,
      general: null,
      want: '<div class="field-error error-summary" role="alert"><p>2 fields to correct.</p></div>',
    },
    {
      count: 1,
      general: server('Unrecognized key: "colour"'),
      want:
        '<div class="field-error error-summary" role="alert"><p>1 field to correct.</p>' +
        '<p>Not saved: <span lang="en">Unrecognized key: &quot;colour&quot;</span></p></div>',
    },
    {
      count: 0,
      general: local('The server could not be reached.'),
      want:
        '<div class="field-error error-summary" role="alert">' +
        '<p>Not saved: <span>The server could not be reached.</span></p></div>',
    },
  ])('announces $count field(s) and $general.text', ({ count, general, want }) => {
    expect(html(h(ErrorSummary, { errors: { count, general } }))).toBe(want);
  });

  it('a success is announced politely', () => {
    expect(html(h(Done, null, 'User created.'))).toBe('<p class="status" role="status">User created.</p>');
  });
});
