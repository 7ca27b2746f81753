/**
 * A hand-written topic lexicon: for each IPTC Media Topic (keyed by its eight digits, without `medtop:`),
 * a comma- or newline-separated list of words and phrases, each optionally followed by a weight
 * (default 1): `"tariff 3, trade war 3, import duty 2"`.
 *
 * Weights: 1 a word that often but not always signals the topic, 2 a clear signal, 3 a word that
 * almost only occurs in stories on the topic; 0 a phrase that is no evidence, listed only so that its
 * words are not read alone ("family said": the source of an obituary). Words are stemmed, so one inflection covers the others.
 * A word written with a capital ("Labour", "Senate") only matches a capitalised word in the text; one
 * written in capitals only ("IMF", "IT") only matches the same capitals.
 */
export type TermTable = Readonly<Record<string, string>>;
