import { describe, expect, it } from 'vitest';
import { keepFirstParagraphProps } from './paragraph-props';

const BULLET = '<a:pPr marL="304800" indent="-304800"><a:buChar char="&#x2022;"/></a:pPr>';
const NONE = '<a:pPr indent="0" marL="0"><a:buNone/></a:pPr>';
const run = (text: string) => `<a:r><a:rPr lang="en-US" b="1"/><a:t>${text}</a:t></a:r>`;

describe('keepFirstParagraphProps', () => {
  it('keeps a paragraph’s first properties and drops those between its runs', () => {
    const xml = `<a:p>${BULLET}${run('Lead: ')}${NONE}${run('text')}<a:endParaRPr/></a:p>`;
    expect(keepFirstParagraphProps(xml)).toBe(
      `<a:p>${BULLET}${run('Lead: ')}${run('text')}<a:endParaRPr/></a:p>`,
    );
  });

  it('leaves paragraphs of one run, empty ones and self-closed properties alone', () => {
    const xml = `<a:p>${NONE}${run('one')}</a:p><a:p><a:pPr/><a:endParaRPr/></a:p><a:p>${run('x')}</a:p>`;
    expect(keepFirstParagraphProps(xml)).toBe(xml);
  });

  it('drops a self-closed one after a run too, in every paragraph', () => {
    const xml = `<a:p>${run('a')}<a:pPr algn="l"/>${run('b')}</a:p><a:p>${BULLET}${run('c')}${BULLET}${run('d')}</a:p>`;
    expect(keepFirstParagraphProps(xml)).toBe(
      `<a:p>${run('a')}${run('b')}</a:p><a:p>${BULLET}${run('c')}${run('d')}</a:p>`,
    );
  });
});
