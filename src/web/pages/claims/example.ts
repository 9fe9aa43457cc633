/**
 * Kazakhstan's statement at the Beijing+30 Regional Review Meeting for the UNECE region (Geneva,
 * October 2024), as issue 4 quotes it: the page's example, checked with Kazakhstan as the speaker's
 * country. It stays in English, as it was said, whatever the page's language.
 */
export const EXAMPLE = {
  text:
    'These include a 60% reduction in the gender inequality index; introduction of a 30% quota in Parliament ' +
    'for women and youth, including women with disabilities; and increased female leadership in state governance.',
  country: 'KAZ',
} as const;
