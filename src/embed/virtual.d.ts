declare module 'virtual:atlas-embed-strings' {
  import type { Entry } from '../i18n-core.ts';
  const table: Partial<Record<import('../i18n.ts').StringKey, Entry>>;
  export default table;
}
