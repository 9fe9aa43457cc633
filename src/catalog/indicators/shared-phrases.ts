/**
 * Phrases people use for women's seats in parliament, shared by every seat series (HDR, WDI, UNSD,
 * national SDG 5.5.1) so that a claim about "women's representation" is checked against all of them.
 */
export const PARLIAMENT_SEATS_PHRASES: readonly string[] = [
  "women's representation in parliament",
  'representation of women in parliament',
  "women's representation",
  'share of women in parliament',
  'seats in parliament',
  'parliamentary seats',
  'women parliamentarians',
  'доля женщин в парламенте',
  'представительство женщин в парламенте',
  "women's share of seats in parliament",
  'места в парламенте',
  'share of seats in parliament',
  'женщины в парламенте',
  'seats held by women',
];
