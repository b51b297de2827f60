/**
 * The text-safety rules (issue 19.2, 19.6): one markup rule that any HTML tag start fails, tested
 * against a published filter-evasion list (tests/fixtures/xss-evasion.txt), and the characters no
 * export can carry, refused with their path and escaped name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBundle } from '../../../src/model/validate.ts';
import { findBadChar, findMarkup } from '../../../src/model/validate/safety.ts';
import type { RawArticleBundle } from '../../../src/model/types.ts';
import { FIXTURES, validBundle } from '../../fixtures/fixtures.ts';

const EVASIONS = readFileSync(join(FIXTURES, 'xss-evasion.txt'), 'utf8')
  .split('\n')
  .filter((l) => l !== '' && !l.startsWith('# '));

/** The valid fixture with its outlet name set to `s` (a free text field shown in exports). */
function withOutlet(s: string): RawArticleBundle {
  const b = validBundle();
  (b.meta as { outlet: { asDelivered: string } }).outlet.asDelivered = s;
  return b;
}
const errorsAt = (b: RawArticleBundle, path: string) =>
  validateBundle(b).filter((i) => i.severity === 'error' && i.path === path);

describe('the markup rule', () => {
  it('the evasion list is long enough to mean something', () => expect(EVASIONS.length).toBeGreaterThan(80));

  it.each(EVASIONS.map((e) => [e]))('refuses %s', (payload) => {
    expect(findMarkup(payload)).not.toBeNull();
    expect(errorsAt(withOutlet(`Wire ${payload}`), 'meta.outlet.asDelivered')).toHaveLength(1);
  });

  it.each(['<img/src=x onerror=alert(1)>', '<svg/onload=alert(1)>', '<details/open/ontoggle=alert(1)>'])(
    'names the tag start it found in %s',
    (payload) => {
      const [issue] = errorsAt(withOutlet(payload), 'meta.outlet.asDelivered');
      expect(issue!.message).toBe(
        `${JSON.stringify(payload)} looks like markup: text fields are shown as text, never as HTML`,
      );
    },
  );

  it.each(['a < b', '5 <= 6', 'I <3 maps', '<< quoted >>', 'x <- y', '1 < 2 > 0', '«نص»', 'price < $5'])(
    'lets plain text with a "<" through: %s',
    (s) => {
      expect(findMarkup(s)).toBeNull();
      expect(errorsAt(withOutlet(s), 'meta.outlet.asDelivered')).toEqual([]);
    },
  );
});

describe('characters no export can carry', () => {
  it.each([
    ['\u0000', 'U+0000'],
    ['\u0001', 'U+0001'],
    ['\u000b', 'U+000B'],
    ['\u000c', 'U+000C'],
    ['\u001b', 'U+001B'],
    ['\u007f', 'U+007F'],
    ['\ud800', 'U+D800'],
    ['\udfff', 'U+DFFF'],
    ['\ufffe', 'U+FFFE'],
    ['\uffff', 'U+FFFF'],
  ])('refuses %j in a JSON text field, with its path and name', (ch, name) => {
    const [issue] = errorsAt(withOutlet(`Fix${ch}ture`), 'meta.outlet.asDelivered');
    expect(issue!.message).toMatch(
      new RegExp(`^character ${name.replace('+', '\\+')} at code point 3 \\(in "Fix\\\\`),
    );
  });

  it.each([
    ['a tab', 'a\tb'],
    ['a newline', 'a\nb'],
    ['a Windows newline', 'a\r\nb'],
    ['an astral character (a surrogate pair)', 'map 🗺 here'],
    ['Arabic with bidi marks', 'الحسكة\u200f'],
  ])('lets %s through', (_, s) => {
    expect(findBadChar(s)).toBeNull();
    expect(errorsAt(withOutlet(s), 'meta.outlet.asDelivered')).toEqual([]);
  });

  it('refuses them in the article text too, at their code point', () => {
    const b = validBundle();
    b.text = `🗺${(b.text as string).slice(2)}`.replace('Fixture', 'Fix\u000bture');
    const [issue] = errorsAt(b, 'text');
    expect(issue!.message).toMatch(/^character U\+000B at code point \d+ \(in ".*Fix\\u000bture/);
    const at = Number(/code point (\d+)/.exec(issue!.message)![1]);
    expect(Array.from(b.text as string)[at]).toBe('\u000b');
  });

  it('refuses them in a selector quote (the markup rule does not apply there)', () => {
    const b = validBundle();
    const m = (b.mentions as { selector: [unknown, { prefix: string }] }[])[0]!;
    m.selector[1].prefix = `<b>${m.selector[1].prefix}`;
    expect(validateBundle(b).some((i) => /looks like markup/.test(i.message))).toBe(false);
    m.selector[1].prefix = `\u0000${m.selector[1].prefix}`;
    expect(errorsAt(b, 'mentions[0].selector[1].prefix').some((i) => i.message.includes('U+0000'))).toBe(
      true,
    );
  });
});
