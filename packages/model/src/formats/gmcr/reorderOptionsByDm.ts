/**
 * GMCR+'s option regrouping on load (gmcr-py v0.4.1 `reorderOptionsByDM`, observed behaviour):
 * walking the decision makers in order and each one's options in the order listed, every option
 * not yet moved is appended to a "moved" list, removed from the master list and re-inserted at
 * position `moved.length` — one past the end of the moved block. Because of that off-by-one,
 * an option owned by no decision maker can end up between owned ones; when every option is
 * owned the result is exactly "grouped by DM, in DM order". State bits (and so state numbers)
 * follow the order AFTER this step, so an importer must reproduce it.
 */

/**
 * @param optionCount number of options in the file
 * @param dmOptions each decision maker's option indices (file order), in DM order
 * @returns the file option indices in GMCR+'s post-load order (index = new bit)
 */
export function reorderOptionsByDm(
  optionCount: number,
  dmOptions: readonly (readonly number[])[],
): number[] {
  const order = Array.from({ length: optionCount }, (_, i) => i);
  const moved = new Set<number>();
  for (const options of dmOptions) {
    for (const option of options) {
      if (moved.has(option)) continue;
      moved.add(option);
      order.splice(order.indexOf(option), 1);
      order.splice(Math.min(moved.size, order.length), 0, option);
    }
  }
  return order;
}
