import { describe, expect, it } from 'vitest';
import { element, escapeXml, fragment, text, xmlDocument } from '@shared/export/xmlWriter';

describe('xml writer', () => {
  it('escapes markup characters in text and attributes', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
    expect(element('p', { title: 'a "b" & c' }, text('1 < 2'))).toBe('<p title="a &quot;b&quot; &amp; c">1 &lt; 2</p>');
  });

  it('drops characters XML 1.0 cannot hold, so a pasted control character never breaks the file', () => {
    expect(text('bel\u0007 en\u000B tab\tregel\n')).toBe('bel en tab\tregel\n');
  });

  it('closes empty elements, leaves out attributes without a value and joins siblings', () => {
    expect(element('br')).toBe('<br/>');
    expect(element('a', { b: null, c: undefined, d: 0 })).toBe('<a d="0"/>');
    expect(element('ul', {}, fragment([element('li', {}, text('een')), element('li', {}, text('twee'))]))).toBe('<ul><li>een</li><li>twee</li></ul>');
    expect(xmlDocument(element('r'))).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<r/>');
  });
});
