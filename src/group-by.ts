// One grouping helper for the whole program. It pushes into the group's array: copying the array at
// every item (`[...(groups.get(k) ?? []), item]`) made `stats` quadratic in the size of the history.

/** Groups items by key, keeping the items' order inside each group and the keys' order of first appearance. */
export function groupBy<K, T>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
