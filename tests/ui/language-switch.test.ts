import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/model/types.ts';
import { languageSwitch } from '../../src/ui/language-switch.ts';

function page(start: Lang) {
  let lang = start;
  const set: Lang[] = [];
  const press = languageSwitch(
    () => lang,
    (l) => {
      set.push(l);
      lang = l;
    },
  );
  return { press, set, lang: () => lang };
}

describe('languageSwitch', () => {
  it('goes to the next language once its strings are loaded', async () => {
    const p = page('ar');
    await p.press();
    expect(p.set).toEqual(['en']);
    await p.press();
    expect(p.set).toEqual(['en', 'ar']);
  });

  it('two presses while the strings load go there and back: the first changes nothing', async () => {
    const p = page('en');
    await Promise.all([p.press(), p.press()]);
    expect(p.set).toEqual(['en']);
    expect(p.lang()).toBe('en');
  });

  it('three quick presses end in the other language', async () => {
    const p = page('en');
    await Promise.all([p.press(), p.press(), p.press()]);
    expect(p.set).toEqual(['ar']);
  });
});
