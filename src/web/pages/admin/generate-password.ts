/** 32 symbols that are hard to mistake for one another when read out or copied by hand: lower-case letters without i, l and o, digits without 0 and 1, and A. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789A';

/**
 * A temporary password for an administrator to pass on: 16 symbols from a 32-symbol alphabet
 * (80 bits) in groups of four (`k7pq-2mxa-…`), 19 characters, within the server's rules. `random`
 * fills a byte array (`crypto.getRandomValues` in the page; fixed bytes in tests); 256 is a
 * multiple of 32, so `byte % 32` favours no symbol.
 */
export function generatePassword(random: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = random(new Uint8Array(16));
  const symbols = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]!);
  return [0, 4, 8, 12].map((i) => symbols.slice(i, i + 4).join('')).join('-');
}
