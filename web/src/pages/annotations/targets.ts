/** Brief annotations name the brief by its dyad (`IRN-RUS`); the reader's address is built from that. */
export function briefLink(briefId: string, section: string): string {
  const [a, b] = briefId.split('-');
  const query = a && b ? `?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}` : '';
  return `/brief${query}#${encodeURIComponent(section)}`;
}
