import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../src/i18n.ts';

describe('plural strings', () => {
  const ar: [number, string][] = [
    [0, 'لم يرد في أي فقرة'],
    [1, 'ورد في فقرة واحدة'],
    [2, 'ورد في فقرتين'],
    [3, 'ورد في 3 فقرات'],
    [10, 'ورد في 10 فقرات'],
    [11, 'ورد في 11 فقرة'],
    [99, 'ورد في 99 فقرة'],
    [100, 'ورد في 100 فقرة'],
  ];
  it.each(ar)('Arabic %i', (n, expected) => expect(t('ar', 'mentionedIn', { n })).toBe(expected));

  it('Arabic-Indic digits when asked', () => {
    expect(t('ar', 'mentionedIn', { n: 3 }, 'arab')).toBe('ورد في ٣ فقرات');
    expect(t('ar', 'mentionedIn', { n: 11 }, 'arab')).toBe('ورد في ١١ فقرة');
  });

  const en: [number, string][] = [
    [1, 'Mentioned in 1 passage'],
    [2, 'Mentioned in 2 passages'],
    [0, 'Mentioned in 0 passages'],
  ];
  it.each(en)('English %i', (n, expected) => expect(t('en', 'mentionedIn', { n })).toBe(expected));

  it('leaves an unfilled placeholder visible rather than inventing a value', () => {
    expect(t('en', 'withinKm')).toBe('within {n} km');
  });
});

describe('every interface string is used', () => {
  it('each key of i18n.ts appears in src/ (literally, or as a kind label built from the kind)', () => {
    const source = readFileSync('src/i18n.ts', 'utf8');
    const table = source.slice(source.indexOf('const strings = {'), source.indexOf('export type StringKey'));
    const keys = [...table.matchAll(/^ {2}([A-Za-z0-9_]+):/gm)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(100);
    const code = (readdirSync('src', { recursive: true }) as string[])
      .filter((f) => /\.(ts|svelte)$/.test(f) && f !== 'i18n.ts')
      .map((f) => readFileSync(join('src', f), 'utf8'))
      .join('\n');
    // Built from data: `kind_${kind}` (place-info.ts, furniture.ts).
    const dynamic = (k: string) => k.startsWith('kind_') && code.includes('`kind_${');
    const unused = keys.filter((k) => !dynamic(k) && !new RegExp(`['"\`]${k}['"\`]`).test(code));
    expect(unused).toEqual([]);
  });
});
