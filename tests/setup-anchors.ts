/**
 * Unit tests run as node code does: with the area-anchor code (`src/carto/pole.ts`) loaded, which the
 * node entries import. `tests/model/verified.test.ts` checks the app's path without it.
 */
import '../src/carto/pole.ts';
