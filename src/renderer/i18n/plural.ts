// Russian plural forms for vue-i18n: 'one' (1, 21, 101 …), 'few' (2–4, 22–24 …) and 'many'
// (0, 5–20, 25 …), as CLDR defines them for integers. vue-i18n passes the count and the number of
// forms the message has; a message with fewer than three forms falls back to its last one.

export function russianPluralRule(choice: number, choicesLength: number): number {
  const n = Math.abs(Math.trunc(choice));
  const mod10 = n % 10;
  const mod100 = n % 100;
  const form = mod10 === 1 && mod100 !== 11 ? 0 : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 1 : 2;
  return Math.min(form, choicesLength - 1);
}
