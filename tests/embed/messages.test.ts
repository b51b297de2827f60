import { describe, expect, it } from 'vitest';
import {
  isTrustedOrigin,
  parseCommand,
  parseVisibility,
  resizeMessages,
  type CommandContext,
} from '../../src/embed/messages.ts';

const ctx: CommandContext = { placeIds: new Set(['sinaa_prison', 'geneva']), eventIds: new Set(['attack']) };

describe('host command validator', () => {
  it.each([
    [
      { atlas: 'select-place', place: 'sinaa_prison' },
      { atlas: 'select-place', place: 'sinaa_prison' },
    ],
    [
      { atlas: 'select-event', event: 'attack' },
      { atlas: 'select-event', event: 'attack' },
    ],
    [
      { atlas: 'set-lang', lang: 'en' },
      { atlas: 'set-lang', lang: 'en' },
    ],
    [{ atlas: 'reset' }, { atlas: 'reset' }],
    [
      { atlas: 'set-time', time: '2022-01-20/2022-01-31' },
      { atlas: 'set-time', time: { start: Date.UTC(2022, 0, 20), end: Date.UTC(2022, 0, 31) } },
    ],
  ])('accepts %j', (msg, want) => {
    expect(parseCommand(msg, ctx)).toEqual({ ok: want });
  });

  it.each([
    [{ atlas: 'select-place', place: 'nowhere' }, 'no such place'],
    [{ atlas: 'select-place', place: '__proto__' }, 'no such place'],
    [{ atlas: 'select-place', place: 7 }, 'place must be a string'],
    [{ atlas: 'select-place' }, 'place must be a string'],
    [{ atlas: 'select-place', place: 'x'.repeat(5000) }, 'place is too long'],
    [{ atlas: 'select-place', place: 'geneva', extra: 1 }, 'unexpected field extra'],
    [{ atlas: 'select-event', event: 'nope' }, 'no such event'],
    [{ atlas: 'set-lang', lang: 'fr' }, 'lang must be ar or en'],
    [{ atlas: 'set-time', time: '2022-02-01/2022-01-01' }, 'time range end must be after its start'],
    [{ atlas: 'set-time', time: 'yesterday' }, 'time must be start/end (YYYY-MM-DD/YYYY-MM-DD)'],
    [{ atlas: 'launch' }, 'unknown command launch'],
    [{ atlas: 42 }, 'unknown command number'],
    [{ atlas: 'constructor' }, 'unknown command constructor'],
  ])('rejects %j (%s)', (msg, why) => {
    expect(parseCommand(msg, ctx)).toEqual({ reject: why });
  });

  it.each([['pymxPYMxa'], [null], [[{ atlas: 'reset' }]], [{ 'datawrapper-height': {} }], [42]])(
    'ignores a message not addressed to the atlas: %j',
    (msg) => {
      expect(parseCommand(msg, ctx)).toEqual({ ignore: true });
    },
  );

  it('never throws, whatever it is given', () => {
    const weird = [Object.create(null), { atlas: 'reset', toString: 1 }, new Date(), { atlas: { x: 1 } }];
    for (const w of weird) expect(() => parseCommand(w, ctx)).not.toThrow();
  });
});

describe('origins', () => {
  it('match exactly: scheme, host and port', () => {
    const list = ['https://news.example', 'http://localhost:8080'];
    expect(isTrustedOrigin('https://news.example', list)).toBe(true);
    expect(isTrustedOrigin('http://news.example', list)).toBe(false);
    expect(isTrustedOrigin('https://news.example:8443', list)).toBe(false);
    expect(isTrustedOrigin('https://evil.news.example', list)).toBe(false);
    expect(isTrustedOrigin('http://localhost:8081', list)).toBe(false);
    expect(isTrustedOrigin('null', ['null'])).toBe(false);
    expect(isTrustedOrigin('https://news.example', undefined)).toBe(false);
  });
});

describe('visibility hint and resize messages', () => {
  it('accepts only {atlas: visibility, near: boolean}', () => {
    expect(parseVisibility({ atlas: 'visibility', near: true })).toEqual({ atlas: 'visibility', near: true });
    expect(parseVisibility({ atlas: 'visibility', near: 'yes' })).toBeNull();
    expect(parseVisibility({ atlas: 'visibility', near: true, place: 'x' })).toBeNull();
  });
  it('formats Datawrapper and Pym.js height messages', () => {
    expect(resizeMessages('map-1', 512.2)).toEqual({
      datawrapper: { 'datawrapper-height': { 'map-1': 513 } },
      pym: 'pymxPYMxmap-1xPYMxheightxPYMx513',
    });
  });
});
