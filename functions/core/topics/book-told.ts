import type { TagDocument } from '../text/document.js';

/**
 * A book told as a book (review63 ★2 on 3e25bb96): its novelist, bookshops, a prize for
 * books, a "debut/new/latest novel", a memoir, fiction, a bestseller. Beside them a novel's setting ("set in a hospital
 * during an outbreak", "about a nurse during the pandemic") and a book "on the financial crisis" are its subject, and
 * "book" and "novel" keep literature against health or business; a bank's book runner and a novel coronavirus have none.
 */
const BOOK_WORDS =
  /\b(?:novelists?|authored|bookstores?|bookshops?|booksellers?|bestsell\w*|best-sell\w*|Booker|Pulitzer|memoirs?|literary|fiction|paperback|hardback|(?:debut|new|latest|forthcoming|upcoming)\s+(?:novel|book)s?)\b/i;

/** The headline or the body names the book as a book. */
export function bookTold(doc: TagDocument): boolean {
  return BOOK_WORDS.test(doc.title.text) || BOOK_WORDS.test(doc.body.text);
}
