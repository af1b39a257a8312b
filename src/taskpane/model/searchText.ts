/**
 * Search as a clerk types: case, accents and Vietnamese "đ" ignored ("thon bac" finds "Thôn
 * Bắc"), every word of the query must appear somewhere in the item's text.
 */

/** Lower case, without accents, "đ" as "d", spaces collapsed. */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The query's words (already searchKey'd); empty when the query is blank. */
export function queryWords(query: string): string[] {
  const key = searchKey(query);
  return key === "" ? [] : key.split(" ");
}

/** Whether every word is in the (searchKey'd) haystack. */
export function matchesWords(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word));
}
