/**
 * Resolves `ForecastOptions` into the full settings every unit run reads, and the parameter
 * record that goes into provenance.
 */
import { resolveBdmSettings } from './bdm/bdmSettings.ts';
import type { UnitSettings } from './runUnit.ts';
import { resolveSmpSettings } from './smp/smpSettings.ts';
import type { ForecastOptions } from './types.ts';

/** Default round limits: Scholz runs a fixed handful of BDM rounds; KTAB stops SMP at 100. */
export const DEFAULT_BDM_ROUNDS = 10;
export const DEFAULT_SMP_ROUNDS = 100;

export function resolveForecastSettings(options: ForecastOptions): UnitSettings {
  return {
    model: options.model,
    bdm: resolveBdmSettings(options.bdmVariant, options.bdm),
    smp: resolveSmpSettings(options.smp),
    bdmRounds: options.rounds ?? DEFAULT_BDM_ROUNDS,
    smpRounds: options.rounds ?? DEFAULT_SMP_ROUNDS,
    audit: options.audit ?? true,
    signal: options.signal,
  };
}

/** The parameters that determine a result, for provenance. */
export function settingsRecord(
  options: ForecastOptions,
  settings: UnitSettings,
): Record<string, unknown> {
  const record: Record<string, unknown> = { model: settings.model, joint: options.joint ?? false };
  if (settings.model === 'bdm') {
    record.rounds = settings.bdmRounds;
    record.bdmVariant = options.bdmVariant ?? 'paper';
    record.bdm = settings.bdm;
  }
  if (settings.model === 'smp') {
    record.rounds = settings.smpRounds;
    record.smp = settings.smp;
  }
  return record;
}
