/**
 * The readings round 12 (issue 18) settles once every name has one, in this order: a name read once
 * with a cue keeps that reading bare (`cueReadingLater`), a river, lake or unit named after a known
 * place is the world one (`namedFeatures`), and in Arabic an unknown unit name spelled like a world
 * unit's is that unit (`unitSpellings`) and the names listed after a plural unit cue are units
 * (`pluralUnitLists`); in English "the X", a unit named after its river, is the river (`riversAfterThe`,
 * round 13), and an unknown Arabic lake or river name is the world one of its consonant key
 * (`keyedFeatures`, round 13); then round 14's Arabic readings (`round14Readings`) and, in both languages, a seat city named as a unit
 * is the unit (`seatUnits`); in English "Western Province", a unit named by its direction, is the world
 * unit with that direction (`directionUnitsEn`, round 16), "the Gezira city" is the unit
 * (`unitAdjectives`, round 16), and in Arabic «مستشفى X» is the town X (`hospitalTowns`) and
 * «بلدة X», X a unit, the unit's namesake town (`townsOfUnits`, round 16), and a bare unit name
 * whose namesake town has no Arabic name is that town (`townsForUnits`, round 17); in both, a university
 * that acts is no place (`actingBodies`), nor is a hospital (`withoutBuildings`, round 16); in English "Northern Ireland" is the subdivision,
 * not Ireland (`subdivisionsOverCountries`, round 16), a name hyphenated into a longer one
 * ("Trans-Canada") or a demonym ("Canadian") is no place (`withoutCompoundParts`), nor is one that opens an organisation's
 * name ("Assam State Disaster Management Authority", `withoutOrgNames`), and "Georgia"
 * beside two US states is the state (`unitsOverCountries`), and names
 * listed after "the provinces of" are units (`pluralUnitsEn`, round 17); in Arabic a particle («وإن»، «إنه») is no
 * place (`withoutParticles`, round 18), nor a town named like an adjective between a feminine noun and
 * its complement («سكنية حديثة البناء», `withoutAdjectiveNames`, round 18), and a world river or lake, or a Natural Earth sea, island or range,
 * far from every place the article names is a namesake (`farFeatures`, round 18); in English "a Bailey bridge" names a kind of place, not one
 * (`withoutIndefiniteNames`, round 18). In Arabic names of several words after a preposition are
 * spelled GeoNames places (`keyedPhrases`, round 18), and in English a left-out village found once is
 * every mention of its name (`villageMentions`) and a name that goes on after "do", "de" or "del" is a
 * longer, unknown one (`nameParticles`, round 18), and a US county is read by its suffix, in a list
 * before or after "counties", and in the state the text names (`countyReadings`, round 20); then, in both, the article's geography decides
 * between namesake towns (`namesakesByGeography`, round 18), and last the name after a dateline's
 * comma is the unit ("MOORE, Oklahoma —", `datelineRegions`, round 19).
 * Round 20, which reading: in Arabic a bare word read as a small town far from the article's places is
 * a common word («في بيان»: Bayān, Kuwait; `withoutStrayWords`), and so is a place read through «ك»
 * («كنيس», `withoutLikeClitic`); in both a bare name of an island and its town is the island ("tourists
 * left Kos", `islandsOverTowns`), and a namesake town is the one in the unit (or the half of it a
 * direction names) written right after it (`namesakesByUnitAfter`).
 * Round 20, kinds and extents: in Arabic a cue word before a verb clause names nothing («مدينة يسكنها
 * مدنيون», `withoutCueClauses`), «مقاطعة قطر» is a boycott of the country (`verbalCues`), a sea word with
 * an adjective of another noun is none («دول الخليج العربية», `withoutStrayFeatures`), «المسجد الحرام»
 * is a mosque (`mosqueNames`), and a Romance name goes on across its connective («موسيمبوا دا برايا»,
 * `arabicConnectives`); in both a unit cue on an island's name names the unit ("Maui County",
 * `unitsOfFeatures`); in English a compass word before an island names its part ("West Maui",
 * `compassParts`), a plant named after a place is the plant ("the Zaporizhzhia nuclear power plant",
 * `facilitiesAfterNames`), "X and other rivers" says X is a river (`andOtherPlaces`), "A and B, the two
 * other districts" that both are districts (`listAppositions`), and "the Wall Street Journal" names no
 * road (`withoutRoadsInNames`); last, a county the world index has wins over an unknown "X County".
 * Round 21: in both, a storm's name and its later bare uses are no place ("Hurricane Harvey … Harvey",
 * `withoutStormNames`); in Arabic a village a cue word introduces is the left-out GeoNames village of
 * its key near the article's places («بلدة أماتريتشي», `keyedVillages`).
 * Round 22: in Arabic a bare word before «بولاية Y» or after a preposition of place is the GeoNames
 * town of its key inside the unit the text names («كانكارا بولاية كاتسينا», `keyedInUnits`), and a list
 * beside a known town goes on over names of two words, with the article, or of two consonants
 * («تالة والقصرين والرقاب», `keyedLists`), and a word after a preposition spelling a capital's Arabic
 * name with other long vowels is that capital («في كابول», `nameVariants`), and a word an apposition
 * describes as a town is the one of its key near the article's places («نورتشا، البلدة», `cueAppositions`),
 * and the name after «تُعرف باسم» is the place named before when it keys one of its Latin names (`knownAs`);
 * a keyed repeat whose first reading a guard dropped goes too (`withoutOrphanLaterReadings`).
 * Round 22 (part B): in both, "Town, Unit" is the unit that holds the town, and so are the unit's later bare
 * mentions and those of a dateline's unit (`townCommaUnits`); in Arabic a unit word before a name
 * read by its Latin spelling as a seat town is the unit («منطقة بادولا», `cueUnitSpellings`), and one
 * before a country's name the unit named like it («ولاية النيجر», `unitsNamedLikeCountries`); last, in
 * both, a bare unit's name with a town's words ("X and its suburbs", "the road between X and Y") is its
 * seat town (`townWords`); in English a people's adjective before people ("Chechen fighters") is no
 * place (`withoutPeopleAdjectives`); and in both a country or unit named after a street is its city
 * («في شارع … بتونس», `streetCities`); in English a district named after a left-out village near the
 * article's places is that village where its name stands bare ("the Kobarid district … in Kobarid",
 * `districtTowns`), and "Latimer Road station" is the station, not the road (`roadStations`); in Arabic
 * a canal or port that names a body («هيئة قناة السويس») is no place there (`withoutAuthorityNames`).
 * Round 23 (part B), English: "Kivu Lake", "the Sechura desert" are the world features (`featureCues`);
 * a preposition opening a sentence opens no name (`withoutOpeningPrepositions`); "X, a district of Y"
 * reads Y bare (`partsOf`); names after "districts of" are districts (`pluralUnitsEn`), "the X mine"
 * a mine (`facilitiesAfterNames`), "Saint-Louis-du-Nord" one name (`nameParticles`), a saint's name
 * before "'s … Hospital" none (`withoutOrgNames`), and a namesake town in a country the article
 * never names is the one in its country (`namesakesByCountry`).
 * Round 23 (part A): in Arabic a plural or dual unit word before a country's name names the unit too
 * («ولايتي جورجيا», `unitsNamedLikeCountries`), and an unknown unit a list proposes goes on over the
 * words that make it a known unit of the article's countries («وكارولاينا الجنوبية», `listedUnitNames`);
 * a clitic split that leaves three letters is no small foreign town («فالس», `withoutCliticFragments`);
 * last, a name read with its cue word is the same place where it stood bare before (`cuedNamesEarlier`);
 * in both, a shipped city abroad gives way to its namesake in a country the article names (`shippedNamesakes`).
 * Round 24 (part B), English: a known name before a head noun of a place kind ("Brighton Pier", "Victoria
 * Point") is a place of its own no source has (`headNounNames`); in both, a great city of the article's
 * country wins over a small namesake off its places (`namesakesByGeography`); in English a one-word name
 * keyed by chance to a two-word GeoNames name is left unread ("Dujiangyan", `withoutSplitKeys`), and a
 * dateline's place in capitals is the left-out village of its name ("LYNMOUTH, England —", `datelineVillages`);
 * last, "the M4 motorway" and a later "the M5" are roads (`roadNumbers`), and "Joplin, Mo." names
 * Missouri (`stateAbbreviations`).
 * Round 24 (part C), English, last: a bare name no source has is a place where the text places it (after a
 * preposition of place, opening a dateline) and gives its kind elsewhere (`bareUnknownNames`).
 * Round 25 (part A), Arabic: a hotel, a theatre or a hall named once is a building in passing, not a
 * place of the events (`withoutPassingBuildings`), and a great city whose name is a common word («سيول») is
 * the city in an article that names its country and no weather (`wordCities`).
 * Round 27 (part B), English: an island named in full is its last word later (`islandsOverTowns`), a
 * first-level unit whose box holds the article's places wins over a namesake town far from them
 * (`unitsHoldingPlaces`), a capital read by another of its names gives way to a town near the
 * article's places whose own name it is (`namesakesOfOtherNames`), a world river is named bare after "on the" and a name that bursts
 * its banks is a river (`riversNamedBare`), "Antigua" beside "Barbuda" is the island
 * (`pairPartsAsIslands`), "across the Atlantic" the ocean over a town (`oceansOverTowns`), a capital
 * named bare the capital over its unit (`capitalsOverUnits`), and a titled person's surname named
 * again no town (`withoutSurnames`); in both, "Red Sea state" is the world unit whose Arabic name is
 * a unit word and the sea's (`unitsOfFeatures`), and an island beside a small country the article
 * names is no far namesake (`farFeatures`).
 * Round 28 (part B), English: a village a settlement cue names inside a first-level unit the article
 * names is that village, however far from its other places (`villagesInNamedUnits`).
 * Round 29 (part B): in both, a namesake town outside every first-level unit the article names gives
 * way to the reading of its name inside one ("Fort Smith" beside the Northwest Territories,
 * `namesakesInNamedUnits`); in English a known name after a capitalised "Fort" or "Port" is a longer
 * name no source has ("Fort Providence", `prefixedNames`), and a world town a settlement cue names far
 * from the article's places, in a country it holds no other place of, is a place no source has
 * ("the hamlet of Enterprise", `farCueReadings`); a world river through a first-level unit the
 * article names is no far namesake (`farFeatures`); and a bare name after "through" or "near" is the
 * left-out GeoNames village of that name beside the article's places (`bareVillages`).
 * Round 30, English: a name no source has after "on", "off", "across" or "between" is a region the
 * text vouches for by placing it twice or joining it with a known place ("on Adonara and X"), and so is
 * "across the Xs" and a name twice after "the" that ends its phrase (`locativeNames`).
 * One hook for match.ts.
 */
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { namedFeatures, unitSpellings } from './match-named-feature.ts';
import { pluralUnitLists } from './match-unit-list.ts';
import { keyedFeatures } from './match-keyed-feature.ts';
import { round14Readings } from './match-round14.ts';
import { seatUnits } from './match-seat-unit.ts';
import { directionUnitsEn } from './match-direction-unit-en.ts';
import { hospitalTowns } from './match-hospital-town.ts';
import { unitAdjectives } from './match-unit-adjective.ts';
import { townsOfUnits } from './match-town-of-unit.ts';
import { townsForUnits } from './match-unit-town.ts';
import { actingBodies } from './match-acting-body.ts';
import { withoutBuildings } from './match-buildings.ts';
import { unitsOverCountries } from './match-unit-country.ts';
import { withoutCompoundParts } from './match-hyphen-compound.ts';
import { withoutOrgNames } from './match-org-name.ts';
import { pluralUnitsEn } from './match-plural-units-en.ts';
import { subdivisionsOverCountries } from './match-subdivision-country.ts';
import { riversAfterThe } from './match-the-river.ts';
import { cueReadingLater } from './match-unit-reading.ts';
import { withoutParticles } from './match-particles.ts';
import { withoutAdjectiveNames } from './match-adjective-name.ts';
import { farFeatures } from './match-far-feature.ts';
import { withoutIndefiniteNames } from './match-indefinite-en.ts';
import { namesakesByGeography } from './match-namesakes.ts';
import { keyedPhrases } from './match-keyed-phrases.ts';
import { firstNames } from './match-first-name.ts';
import { villageMentions } from './match-village-mentions.ts';
import { nameParticles } from './match-name-particles.ts';
import { datelineRegions } from './match-dateline-region.ts';
import { countyReadings } from './match-counties.ts';
import { withoutStrayWords } from './match-stray-word.ts';
import { withoutLikeClitic } from './match-like-clitic.ts';
import { islandsOverTowns } from './match-island-town.ts';
import { namesakesByUnitAfter } from './match-namesake-unit.ts';
import { withoutCueClauses } from './match-cue-clause.ts';
import { withoutPassingBuildings } from './match-passing-buildings.ts';
import { wordCities } from './match-word-cities.ts';
import { arabicConnectives } from './match-ar-connectives.ts';
import { verbalCues } from './match-verbal-cue.ts';
import { withoutStrayFeatures } from './match-feature-adjective.ts';
import { mosqueNames } from './match-mosques.ts';
import { unitsOfFeatures } from './match-feature-unit.ts';
import { compassParts } from './match-compass-part.ts';
import { facilitiesAfterNames } from './match-facility-after.ts';
import { andOtherPlaces } from './match-and-other.ts';
import { listAppositions } from './match-list-apposition.ts';
import { withoutRoadsInNames } from './match-road-names.ts';
import { withoutStormNames } from './match-storm-names.ts';
import { keyedVillages } from './match-village-keys.ts';
import { cueSpellings } from './match-cue-spellings.ts';
import { greatKeyedCities } from './match-great-keyed.ts';
import { featureNames } from './match-feature-names.ts';
import { islandUnits } from './match-island-unit.ts';
import { bareSpellings } from './match-bare-spellings.ts';
import { keyedInUnits } from './match-unit-keyed.ts';
import { keyedLists } from './match-keyed-lists.ts';
import { nameVariants } from './match-name-variants.ts';
import { cueAppositions } from './match-cue-apposition.ts';
import { knownAs } from './match-known-as.ts';
import { withoutOrphanLaterReadings } from './match-orphan-later.ts';
import { townCommaUnits } from './match-town-comma-unit.ts';
import { cueUnitSpellings } from './match-cue-unit-key.ts';
import { townWords } from './match-town-words.ts';
import { unitsNamedLikeCountries } from './match-unit-named-country.ts';
import { withoutPeopleAdjectives } from './match-people-adjective.ts';
import { streetCities } from './match-street-city.ts';
import { districtTowns } from './match-district-town.ts';
import { roadStations } from './match-road-station.ts';
import { withoutAuthorityNames } from './match-authority.ts';
import { withoutShipNames } from './match-ship-names.ts';
import { featureCues } from './match-feature-cue.ts';
import { withoutOpeningPrepositions } from './match-opening-preposition.ts';
import { partsOf } from './match-part-of.ts';
import { namesakesByCountry } from './match-namesake-country.ts';
import { namesakesInNamedUnits } from './match-namesake-named-unit.ts';
import { prefixedNames } from './match-prefixed-name.ts';
import { farCueReadings } from './match-far-cue.ts';
import { bareVillages } from './match-bare-village.ts';
import { listedUnitNames } from './match-listed-unit-names.ts';
import { cuedNamesEarlier } from './match-cued-earlier.ts';
import { shippedNamesakes } from './match-shipped-namesake.ts';
import { withoutCliticFragments } from './match-clitic-fragment.ts';
import { riversOverUnits } from './match-river-unit.ts';
import { headNounNames } from './match-head-noun.ts';
import { withoutSplitKeys } from './match-key-words.ts';
import { datelineVillages } from './match-dateline-village.ts';
import { roadNumbers } from './match-road-numbers.ts';
import { stateAbbreviations } from './match-state-abbreviations.ts';
import { bareUnknownNames } from './match-bare-names.ts';
import { locativeNames } from './match-locative.ts';
import { seaShortNames } from './match-sea-short-name.ts';
import { commaUnitsEn } from './match-comma-unit-en.ts';
import { unitsHoldingPlaces } from './match-unit-holder.ts';
import { riversNamedBare } from './match-bare-river.ts';
import { pairPartsAsIslands } from './match-pair-island.ts';
import { withoutSurnames } from './match-surname.ts';
import { oceansOverTowns } from './match-ocean-town.ts';
import { shippedOceans } from './match-shipped-ocean.ts';
import { borderBridges } from './match-border-bridge.ts';
import { withoutMonthWords } from './match-month-words.ts';
import { keyedRegions } from './match-keyed-region.ts';
import { villagesInNamedUnits } from './match-unit-village.ts';
import { capitalsOverUnits } from './match-capital-unit.ts';
import { namesakesOfOtherNames } from './match-alias-namesake.ts';
import { withoutTitledNames } from './match-person-ar.ts';
import { longerKeyedNames } from './match-longer-keyed.ts';
import { withoutPersonPairs } from './match-person-pair.ts';
import { gapKeyedNames } from './match-gap-keyed.ts';
import { withoutKnownRomanceNames } from './name-end.ts';
import { quartersInTheirPlace } from './match-quarter-of.ts';
import { compoundDirectionUnits } from './match-compound-direction.ts';
import { laterSeats } from './match-later-seat.ts';
import { withoutMisreadWords } from './match-written-word.ts';
import type { Normalised, Token } from './normalize.ts';

export function settledReadings(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
  lang: 'ar' | 'en',
): PlaceMatch[] {
  const named = unitsOfFeatures(
    nt,
    farFeatures(nt, namedFeatures(nt, cueReadingLater(nt, out, index), index), index),
    index,
    lang,
  );
  const read = lang === 'ar' ? arabic(nt, toks, named, index) : english(nt, toks, named, index);
  const settled = firstNames(nt, islandsOverTowns(nt, seatUnits(nt, read, index), index), index, lang);
  const placed = townCommaUnits(
    nt,
    datelineRegions(
      nt,
      namesakesByUnitAfter(
        nt,
        namesakesOfOtherNames(
          nt,
          unitsHoldingPlaces(
            nt,
            farCueReadings(
              nt,
              namesakesInNamedUnits(
                nt,
                namesakesByCountry(
                  nt,
                  namesakesByGeography(nt, shippedNamesakes(settled, index), index, lang),
                  index,
                  lang,
                ),
                index,
                lang,
              ),
              index,
            ),
            index,
            lang,
          ),
          index,
          lang,
        ),
        index,
      ),
      index,
    ),
    index,
  );
  const streets = streetCities(nt, townWords(nt, withoutStormNames(nt, toks, placed, index), index), index);
  // Round 29: an ocean named is the shipped half on the article's side of the equator.
  // Round 30: a bridge on a border is a crossing.
  const bridged = borderBridges(nt, shippedOceans(nt, toks, streets, index, lang), index);
  // Round 30: «تشرين الثاني/نوفمبر» is a month, never a place.
  // Round 30: «جزيرة مينداناو», «جبال الأنديز»: the Natural Earth island or range of its key.
  return lang === 'ar' ? withoutMonthWords(nt, [...toks], keyedRegions(bridged, index)) : bridged;
}

/** The Arabic readings, in order (rounds 12–16). */
function arabic(
  nt: Normalised,
  toks: readonly Token[],
  named: PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  // Round 29: a cue, a word and a small town's name are one name («بضاحية بيتيون فيل»).
  const gapKeyed = (ms: PlaceMatch[]) => gapKeyedNames(nt, toks, ms, index);
  const joined = cueUnitSpellings(
    nt,
    arabicConnectives(
      nt,
      verbalCues(
        nt,
        featureNames(
          islandUnits(
            greatKeyedCities(cueSpellings(nt, gapKeyed(keyedVillages(named, index)), index), index),
            index,
          ),
          index,
        ),
        index,
      ),
      index,
    ),
    index,
  );
  const units = keyedFeatures(
    listedUnitNames(
      nt,
      pluralUnitLists(nt, toks, unitsNamedLikeCountries(nt, unitSpellings(joined, index), index), index),
      index,
    ),
    index,
  );
  const towns = townsForUnits(nt, townsOfUnits(round14Readings(nt, toks, units, index), index), index);
  const bodies = withoutBuildings(actingBodies(nt, toks, hospitalTowns(nt, toks, towns, index)));
  // A stray word's span is free again for a longer keyed name («غنبد كاووس»), and a keyed name
  // may be a stray word itself.
  const phrases = keyedPhrases(nt, toks, withoutStrayWords(nt, bodies, index), index);
  // Round 22: foreign towns named bare, by their keys: inside a unit, in a list, as another spelling
  // of a great city, before an apposition that says what they are.
  const keyed = keyedLists(nt, toks, keyedInUnits(nt, toks, phrases, index), index);
  const described = knownAs(
    nt,
    toks,
    cueAppositions(nt, toks, bareSpellings(nt, toks, nameVariants(nt, toks, keyed, index), index), index),
    index,
  );
  const read = withoutOrphanLaterReadings(withoutStrayWords(nt, described, index));
  const kept = withoutCliticFragments(
    nt,
    withoutLikeClitic(withoutAdjectiveNames(nt, toks, withoutParticles(nt, read), index), index),
    index,
  );
  const named2 = withoutAuthorityNames(
    nt,
    mosqueNames(
      nt,
      toks,
      withoutStrayFeatures(nt, withoutPassingBuildings(nt, withoutCueClauses(kept)), index),
    ),
  );
  const rivers = riversOverUnits(
    nt,
    cuedNamesEarlier(nt, toks, wordCities(nt, toks, named2, index), index),
    index,
  );
  // Round 27: a name after a title is a person's. Round 29: so are two small towns side by side; a
  // word's written letters may say it is no name or cue (a shadda, a hamza); a quarter lies in its place.
  const named3 = longerKeyedNames(nt, toks, withoutTitledNames(nt, toks, rivers, index), index);
  const people = withoutMisreadWords(nt, withoutPersonPairs(nt, named3, index));
  const quarters = quartersInTheirPlace(nt, withoutKnownRomanceNames(people, index), index);
  return laterSeats(nt, compoundDirectionUnits(nt, toks, quarters, index), index);
}

/** The English readings, in order (rounds 13–16). */
function english(
  nt: Normalised,
  toks: readonly Token[],
  named: PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const read = pluralUnitsEn(
    nt,
    unitAdjectives(
      nt,
      toks,
      directionUnitsEn(
        nt,
        riversAfterThe(nt, featureCues(villagesInNamedUnits(named, index), index), index),
        index,
      ),
      index,
    ),
    index,
  );
  const settled = subdivisionsOverCountries(
    nt,
    toks,
    withoutIndefiniteNames(nt, withoutBuildings(actingBodies(nt, toks, read))),
    index,
  );
  const units = unitsOverCountries(
    withoutOrgNames(
      nt,
      withoutPeopleAdjectives(
        nt,
        withoutCompoundParts(nt, withoutOpeningPrepositions(nt, settled), index),
        index,
      ),
      index,
    ),
    index,
  );
  const parts = compassParts(
    nt,
    nameParticles(
      nt,
      villageMentions(nt, toks, datelineVillages(nt, districtTowns(nt, toks, units, index), index), index),
      index,
    ),
    index,
  );
  const facilities = headNounNames(
    nt,
    prefixedNames(
      nt,
      withoutSplitKeys(
        nt,
        withoutShipNames(nt, roadStations(nt, facilitiesAfterNames(nt, toks, parts, index))),
        index,
      ),
      index,
    ),
    index,
  );
  const lists = partsOf(
    nt,
    listAppositions(nt, toks, andOtherPlaces(nt, toks, facilities, index), index),
    index,
  );
  // Last: a county the world index has wins over an unknown "X County" read before.
  const bare = bareVillages(
    nt,
    toks,
    bareUnknownNames(
      nt,
      toks,
      stateAbbreviations(
        nt,
        roadNumbers(nt, toks, countyReadings(nt, toks, withoutRoadsInNames(nt, lists), index)),
        index,
      ),
      index,
    ),
    index,
  );
  // Round 30: a name no source has that the text places by its preposition and vouches for.
  const placed = locativeNames(nt, toks, bare, index);
  return withoutSurnames(
    nt,
    toks,
    capitalsOverUnits(
      oceansOverTowns(
        nt,
        toks,
        pairPartsAsIslands(
          nt,
          riversNamedBare(nt, toks, commaUnitsEn(nt, seaShortNames(nt, toks, placed, index), index), index),
          index,
        ),
        index,
      ),
      index,
    ),
    index,
  );
}
