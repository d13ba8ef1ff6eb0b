/** A state typed by the user — a 1-based id or one Y/N letter per option — as a state index. */
import type { GmcrViewData } from '../../engine/protocol.ts';

export function stateFromInput(data: GmcrViewData, input: string): number | { problem: string } {
  const text = input.trim().toUpperCase();
  if (/^\d+$/.test(text)) {
    const id = Number(text);
    if (id >= 1 && id <= data.stateCount) return id - 1;
    return { problem: `no state ${id}: states are 1–${data.stateCount}` };
  }
  if (/^[YN]+$/.test(text)) {
    if (text.length !== data.options.length) {
      return { problem: `give ${data.options.length} Y/N letters, one per option` };
    }
    let decimal = 0;
    for (let k = 0; k < text.length; k++) if (text[k] === 'Y') decimal += 2 ** k;
    const index = data.decimals.indexOf(decimal);
    return index >= 0 ? index : { problem: `${text} is infeasible` };
  }
  return { problem: 'type a state id or Y/N letters' };
}
