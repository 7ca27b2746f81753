/**
 * The IPTC Media Topics the tagger gives, with their labels, as the API carries them (generated into
 * `topic-labels.ts` by `scripts/build-openapi.ts` from `functions/core/topics/taxonomy.ts`; the taxonomy
 * module itself would add ~15 KB to the bundle). One line per topic, sorted by id number: the difference
 * to the previous number in base 36, a space, the label.
 */
export function encodeTopicTable(
  rows: readonly (readonly [id: string, label: string, ...unknown[]])[],
): string {
  const sorted = [...rows].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let previous = 0;
  return sorted
    .map(([id, label]) => {
      const number = Number(id.slice('medtop:'.length));
      const step = (number - previous).toString(36);
      previous = number;
      return `${step} ${label}`;
    })
    .join('\n');
}

/** Topic id (`medtop:…`) → label, from `encodeTopicTable`'s text. */
export function decodeTopicTable(text: string): ReadonlyMap<string, string> {
  let number = 0;
  return new Map(
    text.split('\n').map((line) => {
      const space = line.indexOf(' ');
      number += Number.parseInt(line.slice(0, space), 36);
      return [`medtop:${String(number).padStart(8, '0')}`, line.slice(space + 1)] as const;
    }),
  );
}
