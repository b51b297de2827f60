/**
 * Build-verified article files (issue 16.3): `vite build` validates every shipped article exactly as
 * the app would (`verify-node.ts`) and writes, beside its files (`geodata/<id>/verified.json`), the
 * SHA-256 of each file's bytes and the warnings found; an article with an error gets none. The app hashes the bytes it fetched; when every file's digest matches,
 * it builds the model without loading the validator. Any mismatch, missing digest (the dev server, a
 * file edited after the build, a remote article) or missing Web Crypto (not a secure context) loads
 * the validator on demand and validates as before. Browser-safe; no validator import here.
 */
import type { ValidationIssue } from './types.ts';

/**
 * What the build recorded for one article: each file's sha256 (hex), the warnings it found, and each
 * area place's anchor (`anchor()` in node, by place id), so the first view needs no polylabel.
 */
export interface VerifiedArticle {
  files: Record<string, string>;
  issues: ValidationIssue[];
  anchors?: Record<string, [number, number]>;
}

/** The manifest's name in an article folder of the build (not one of the article's own files). */
export const VERIFIED_FILE = 'verified.json';

/** sha256 of `bytes`, lowercase hex (Web Crypto: browsers in secure contexts, Node ≥ 20). */
export async function sha256HexBytes(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const isIssue = (v: unknown): v is ValidationIssue =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as ValidationIssue).path === 'string' &&
  typeof (v as ValidationIssue).message === 'string' &&
  ((v as ValidationIssue).severity === 'warning' || (v as ValidationIssue).severity === 'error');

/** A well-formed manifest, or undefined for anything else (the article is then validated). */
export function readVerified(value: unknown): VerifiedArticle | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { files, issues, anchors } = value as { files?: unknown; issues?: unknown; anchors?: unknown };
  if (typeof files !== 'object' || files === null || Array.isArray(files)) return undefined;
  if (!Object.values(files).every((h) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h))) return undefined;
  if (!Array.isArray(issues) || !issues.every(isIssue)) return undefined;
  // A manifest that records an error is never written; refuse one rather than trust it.
  if (issues.some((i) => i.severity === 'error')) return undefined;
  if (anchors === undefined) return { files: files as Record<string, string>, issues };
  if (typeof anchors !== 'object' || anchors === null || Array.isArray(anchors)) return undefined;
  if (!Object.values(anchors).every(isLonLat)) return undefined;
  return {
    files: files as Record<string, string>,
    issues,
    anchors: anchors as Record<string, [number, number]>,
  };
}

const isLonLat = (v: unknown): v is [number, number] =>
  Array.isArray(v) &&
  v.length === 2 &&
  typeof v[0] === 'number' &&
  typeof v[1] === 'number' &&
  Math.abs(v[0]) <= 180 &&
  Math.abs(v[1]) <= 90;

/**
 * True when every file in `bytes` has the digest `entry` recorded (and `entry` names exactly these
 * files). False without an entry or without Web Crypto, or when hashing fails: the caller validates.
 */
export async function matchesVerified(
  entry: VerifiedArticle | undefined,
  bytes: Record<string, Uint8Array>,
): Promise<boolean> {
  if (!entry || !globalThis.crypto?.subtle) return false;
  const names = Object.keys(bytes);
  if (names.length !== Object.keys(entry.files).length) return false;
  try {
    const hashes = await Promise.all(names.map((n) => sha256HexBytes(bytes[n]!)));
    return names.every((n, i) => entry.files[n] === hashes[i]);
  } catch {
    return false;
  }
}
