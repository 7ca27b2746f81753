/**
 * "Care4Calais", "Tech4Good", "Hope2Kids": two capitalised words glued by a figure (a pun on "for", "to")
 * are how charities, campaigns and start-ups write their names; no person is named so.
 */
const DIGIT_GLUED = /^[A-Z][a-z]+\d{1,2}[A-Z][a-z]+$/;

/** Whether a word is a body's name glued by a figure. */
export const isDigitGluedName = (core: string) => DIGIT_GLUED.test(core);
