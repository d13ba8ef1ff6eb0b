import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// bench/forecast.bench.ts
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";

// packages/engines/src/shared/engineError.ts
var EngineError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
  code;
  name = "EngineError";
};
var AbortedError = class extends EngineError {
  constructor(reason) {
    super("aborted", reason instanceof Error ? reason.message : "the computation was cancelled");
  }
};

// packages/engines/src/shared/throwIfAborted.ts
function throwIfAborted(signal) {
  if (signal?.aborted) throw new AbortedError(signal.reason);
}

// packages/engines/src/forecast/baselines/weightedMean.ts
function weightedMean(x, w) {
  let num = 0;
  let den = 0;
  for (let i = 0; i < x.length; i++) {
    num += w[i] * x[i];
    den += w[i];
  }
  return den > 0 ? num / den : Number.NaN;
}

// packages/engines/src/forecast/baselines/weightedMedian.ts
function weightedMedian(x, w) {
  const n = x.length;
  if (n === 0) return Number.NaN;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b] || a - b);
  let total = 0;
  for (let i = 0; i < n; i++) total += w[i];
  if (!(total > 0)) return Number.NaN;
  const half = total / 2;
  let cumulative = 0;
  for (const i of order) {
    cumulative += w[i];
    if (cumulative >= half * (1 - 1e-12)) return x[i];
  }
  return x[order[n - 1]];
}

// packages/engines/src/forecast/forecastProblem.ts
function problemFromInput(input) {
  const nActors = input.actors.length;
  const nDims = input.dimensions.length;
  const position = new Float64Array(nActors * nDims).fill(Number.NaN);
  const salience = new Float64Array(nActors * nDims).fill(Number.NaN);
  const capability = new Float64Array(nActors);
  input.actors.forEach((actor, a) => {
    capability[a] = actor.capability;
    for (let d = 0; d < nDims; d++) {
      const x = actor.position[d];
      const s = actor.salience[d];
      if (x !== null && x !== void 0 && s !== null && s !== void 0) {
        position[a * nDims + d] = x;
        salience[a * nDims + d] = s;
      }
    }
  });
  return {
    nActors,
    nDims,
    capability,
    position,
    salience,
    min: Float64Array.from(input.dimensions, (d) => d.min),
    max: Float64Array.from(input.dimensions, (d) => d.max)
  };
}
function planUnits(input, joint = false) {
  const nDims = input.dimensions.length;
  const index = new Map(input.dimensions.map((d, i) => [d.id, i]));
  const parent = Array.from({ length: nDims }, (_, i) => i);
  const root = (i) => parent[i] === i ? i : parent[i] = root(parent[i]);
  const linkages = joint ? [{ id: "joint", issues: input.dimensions.map((d) => d.id) }] : input.linkages ?? [];
  for (const link of linkages) {
    const members = link.issues.map((id) => {
      const i = index.get(id);
      if (i === void 0) {
        throw new EngineError(
          "forecast/unknown-linked-issue",
          `linkage ${link.id}: no issue ${id}`
        );
      }
      return i;
    });
    for (const m of members.slice(1)) parent[root(m)] = root(members[0]);
  }
  const groups = /* @__PURE__ */ new Map();
  for (let d = 0; d < nDims; d++) {
    const r = root(d);
    groups.set(r, [...groups.get(r) ?? [], d]);
  }
  const warnings = [];
  const units = [...groups.values()].map((dims) => {
    const actors = [];
    input.actors.forEach((actor, a) => {
      const present = dims.map((d) => actor.position[d] != null && actor.salience[d] != null);
      if (present.every(Boolean)) actors.push(a);
      else if (dims.length > 1 && present.some(Boolean)) {
        const names = dims.map((d) => input.dimensions[d].name).join(", ");
        warnings.push(`${actor.name} lacks a position on part of the package [${names}]: left out`);
      }
    });
    return { dims, actors };
  });
  return { units, warnings };
}

// packages/engines/src/forecast/bdm/bdmSettings.ts
var PAPER = {
  probability: "paper",
  perspective: "own",
  q: 1,
  tRule: "paper",
  offerRanking: "least-move",
  compel: true,
  range: "initial-positions",
  tolerance: 1e-6,
  readout: "median"
};
var SCHOLZ_CODE = {
  ...PAPER,
  probability: "scholz-code",
  perspective: "receiver",
  offerRanking: "scholz-code",
  compel: false
};
var BDM_VARIANTS = {
  paper: PAPER,
  "scholz-code": SCHOLZ_CODE
};
function resolveBdmSettings(variant = "paper", overrides = {}) {
  return { ...BDM_VARIANTS[variant], ...overrides };
}

// packages/engines/src/forecast/smp/smpSettings.ts
var KTAB_DEFAULTS = {
  victoryProbModel: "Linear",
  pceModel: "Conditional",
  stateTransitions: "Deterministic",
  votingRule: "Proportional",
  bigRAdjust: "OneThird",
  bigRRange: "Mid",
  thirdPartyCommit: "SemiCommit",
  interVecBrgn: "S2P2",
  bargnModel: "InitOnlyInterp",
  seed: 0,
  minTurns: 2,
  stopRatio: 0.02,
  readout: "median"
};
function resolveSmpSettings(overrides = {}) {
  return { ...KTAB_DEFAULTS, ...overrides };
}

// packages/engines/src/forecast/forecastSettings.ts
var DEFAULT_BDM_ROUNDS = 10;
var DEFAULT_SMP_ROUNDS = 100;
function resolveForecastSettings(options) {
  return {
    model: options.model,
    bdm: resolveBdmSettings(options.bdmVariant, options.bdm),
    smp: resolveSmpSettings(options.smp),
    bdmRounds: options.rounds ?? DEFAULT_BDM_ROUNDS,
    smpRounds: options.rounds ?? DEFAULT_SMP_ROUNDS,
    audit: options.audit ?? true,
    signal: options.signal
  };
}
function settingsRecord(options, settings) {
  const record2 = { model: settings.model, joint: options.joint ?? false };
  if (settings.model === "bdm") {
    record2.rounds = settings.bdmRounds;
    record2.bdmVariant = options.bdmVariant ?? "paper";
    record2.bdm = settings.bdm;
  }
  if (settings.model === "smp") {
    record2.rounds = settings.smpRounds;
    record2.smp = settings.smp;
  }
  return record2;
}

// packages/engines/src/forecast/inputHash.ts
function inputHash(value) {
  const text = JSON.stringify(value) ?? "";
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return hash.toString(16).padStart(14, "0");
}

// packages/engines/src/forecast/baselines/condorcetPosition.ts
function condorcetPosition(x, w) {
  const n = x.length;
  const candidates = Array.from(new Set(Array.from(x))).sort((a, b) => a - b);
  const scale = candidates.length > 1 ? candidates[candidates.length - 1] - candidates[0] : 1;
  for (const xj of candidates) {
    let beatsAll = true;
    for (const xk of candidates) {
      if (xk === xj) continue;
      let v = 0;
      for (let i = 0; i < n; i++) v += w[i] * (Math.abs(x[i] - xk) - Math.abs(x[i] - xj));
      if (v < -1e-12 * scale * sumOf(w)) {
        beatsAll = false;
        break;
      }
    }
    if (beatsAll) return xj;
  }
  return weightedMedian(x, w);
}
function sumOf(w) {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i];
  return s;
}

// packages/engines/src/forecast/bdm/challengeUtility.ts
function pw(base, r) {
  return r === 1 ? base : base ** r;
}
function successUtility(distance, range, r) {
  return 2 - 4 * pw(0.5 - 0.5 * distance / range, r);
}
function failureUtility(distance, range, r) {
  return 2 - 4 * pw(0.5 + 0.5 * distance / range, r);
}
function statusQuoUtility(r) {
  return 2 - 4 * pw(0.5, r);
}
function challengeTerms(sTarget, p, uS, uF, uSQ, q) {
  const resist = sTarget * (p * uS + (1 - p) * uF);
  const notResist = (1 - sTarget) * uS;
  return resist + notResist - q * uSQ;
}
function noChallengeTerm(distance, range, r, q, tRule, medianDistance) {
  if (q >= 1) return 0;
  const t = tRule === "one" ? 1 : tRule === "zero" ? 0 : medianDistance < distance ? 1 : 0;
  const spread = 0.25 * (medianDistance + distance) / range;
  const uBetter = 2 - 4 * pw(0.5 - spread, r);
  const uWorse = 2 - 4 * pw(0.5 + spread, r);
  return (1 - q) * (t * uBetter + (1 - t) * uWorse);
}

// packages/engines/src/forecast/bdm/offers.ts
function offerRegion(a, b, compel) {
  if (b > a && a > 0) return "confrontation";
  if (b > 0 && 0 > a) {
    if (b > Math.abs(a)) return "compromise";
    if (compel && b < Math.abs(a)) return "compel";
  }
  return "none";
}
var REGION_PRIORITY = {
  confrontation: 0,
  compromise: 1,
  compel: 2,
  none: 3
};

// packages/engines/src/forecast/bdm/probabilityOfSuccess.ts
function probabilityOfSuccess(unit, d, variant, r, p, powed) {
  const { n, dims, x, c, s } = unit;
  if (variant === "scholz-code") {
    scholzCodeProbability(unit, d, r, p, powed);
    return;
  }
  for (let i = 0; i < n; i++) {
    const xi = x[i * dims + d];
    for (let j = 0; j < n; j++) {
      const xj = x[j * dims + d];
      if (xi === xj) {
        p[i * n + j] = 0;
        continue;
      }
      let positive = 0;
      let signed = 0;
      let total = 0;
      for (let k = 0; k < n; k++) {
        const xk = x[k * dims + d];
        const w = c[k] * s[k * dims + d];
        const a = Math.abs(xk - xj) - Math.abs(xk - xi);
        if (a > 0) positive += w * a;
        signed += w * a;
        total += w * Math.abs(a);
      }
      const num = variant === "paper" ? positive : Math.max(signed, 0);
      p[i * n + j] = total > 0 ? num / total : 0.5;
    }
  }
}
function scholzCodeProbability(unit, d, r, p, powed) {
  const { n, dims, x, c, s, range } = unit;
  const R = range[d];
  for (let k = 0; k < n; k++) {
    const xk = x[k * dims + d];
    const rk = r[k];
    for (let a = 0; a < n; a++) {
      const delta = Math.abs(xk - x[a * dims + d]) / R;
      powed[k * n + a] = rk === 1 ? delta : delta ** rk;
    }
  }
  let denominator = 0;
  for (let k = 0; k < n; k++) {
    const w = c[k] * s[k * dims + d];
    const row = k * n;
    for (let a = 0; a < n; a++) {
      const da = powed[row + a];
      for (let b = 0; b < n; b++) denominator += w * Math.abs(powed[row + b] - da);
    }
  }
  for (let i = 0; i < n; i++) {
    const xi = x[i * dims + d];
    for (let j = 0; j < n; j++) {
      if (xi === x[j * dims + d]) {
        p[i * n + j] = 0;
        continue;
      }
      let num = 0;
      for (let k = 0; k < n; k++) {
        const w = c[k] * s[k * dims + d];
        num += Math.max(0, w * (powed[k * n + j] - powed[k * n + i]));
      }
      p[i * n + j] = denominator > 0 ? num / denominator : 0.5;
    }
  }
}

// packages/engines/src/forecast/bdm/riskExponents.ts
function riskExponents(security, r) {
  let max = -Infinity;
  let min = Infinity;
  for (const v of security) {
    if (v > max) max = v;
    if (v < min) min = v;
  }
  const spread = max - min;
  for (let i = 0; i < security.length; i++) {
    const risk = spread > 0 ? (2 * security[i] - max - min) / spread : 0;
    r[i] = (1 - risk / 3) / (1 + risk / 3);
  }
}

// packages/engines/src/forecast/bdm/runBdm.ts
function runBdm(unit, settings, options) {
  const { n, dims } = unit;
  const keep = options.keepTurns ?? true;
  const work = options.workspace?.fits(n, dims) ? options.workspace : new BdmWorkspace(n, dims);
  work.prepare(unit);
  let x = Float64Array.from(unit.x);
  let spare = new Float64Array(n * dims);
  const run = { turns: [x], risk: [], audit: [], rounds: 0, converged: false };
  for (let round = 1; round <= options.rounds; round++) {
    throwIfAborted(options.signal);
    const next = keep ? new Float64Array(n * dims) : spare;
    next.set(x);
    const offers = playRound(unit, x, settings, work, next, options.audit);
    if (keep) {
      run.turns.push(next);
      run.risk.push(Float64Array.from(work.r));
    }
    if (options.audit) run.audit.push(offers);
    run.rounds = round;
    let maxMove = 0;
    for (let i = 0; i < n * dims; i++) {
      maxMove = Math.max(maxMove, Math.abs(next[i] - x[i]) / unit.range[i % dims]);
    }
    if (!keep) spare = x;
    x = next;
    if (maxMove <= settings.tolerance) {
      run.converged = true;
      break;
    }
  }
  if (!keep) run.turns.push(x);
  return run;
}
var BdmWorkspace = class {
  constructor(n, dims) {
    this.n = n;
    this.dims = dims;
    this.ones = new Float64Array(n).fill(1);
    this.r = new Float64Array(n);
    this.security = new Float64Array(n);
    this.pass1 = new Float64Array(n * n);
    this.p1 = new Float64Array(dims * n * n);
    this.p2 = new Float64Array(dims * n * n);
    this.powed = new Float64Array(n * n);
    this.mu = new Float64Array(dims);
    this.column = new Float64Array(n);
    this.weights = new Float64Array(n);
    this.uS = new Float64Array(dims * n * n);
    this.uF = new Float64Array(dims * n * n);
    this.uSQ = new Float64Array(n);
    this.rPass = new Float64Array(n);
    this.omega = new Float64Array(n * dims);
  }
  n;
  dims;
  ones;
  r;
  security;
  pass1;
  p1;
  p2;
  powed;
  mu;
  omega;
  column;
  weights;
  /** uS[d·n² + a·n + b]: U_s of a contest over |x_a − x_b| with a's exponent; likewise uF. */
  uS;
  uF;
  /** U_sq with each actor's exponent. */
  uSQ;
  /** Exponent each actor evaluates with in the current pass. */
  rPass;
  fits(n, dims) {
    return this.n === n && this.dims === dims;
  }
  /** Resets state that depends on the unit: ω, each actor's attention share per dimension. */
  prepare(unit) {
    const { n, dims, s } = unit;
    this.r.fill(1);
    this.omega.fill(1);
    if (dims === 1) return;
    for (let a = 0; a < n; a++) {
      let total = 0;
      for (let d = 0; d < dims; d++) total += s[a * dims + d];
      for (let d = 0; d < dims; d++) {
        this.omega[a * dims + d] = total > 0 ? s[a * dims + d] / total : 1 / dims;
      }
    }
  }
};
function playRound(base, positions, settings, work, next, audit) {
  const unit = base.x === positions ? base : { ...base, x: positions };
  const { n, dims, x } = unit;
  if (settings.q < 1) medians(unit, work);
  probabilities(unit, settings, work.ones, work.p1, work);
  basicUtilities(unit, work, work.ones);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      work.pass1[i * n + j] = i === j ? 0 : packageUtility(unit, settings, work, work.p1, i, j, i);
    }
  }
  for (let i = 0; i < n; i++) {
    let sec = 0;
    for (let j = 0; j < n; j++) if (j !== i) sec += work.pass1[j * n + i];
    work.security[i] = sec;
  }
  riskExponents(work.security, work.r);
  let p = work.p1;
  if (settings.probability === "scholz-code") {
    probabilities(unit, settings, work.r, work.p2, work);
    p = work.p2;
  }
  basicUtilities(unit, work, work.r);
  const offers = [];
  for (let i = 0; i < n; i++) {
    let bestJ = -1;
    let bestT = 0;
    let bestPriority = 4;
    let bestKey = Infinity;
    for (let j = 0; j < n; j++) {
      if (j === i || samePosition(x, dims, i, j)) continue;
      const a = packageUtility(unit, settings, work, p, i, j, i);
      const b = packageUtility(
        unit,
        settings,
        work,
        p,
        j,
        i,
        settings.perspective === "own" ? j : i
      );
      const region = offerRegion(a, b, settings.compel);
      const t = region === "compromise" ? Math.abs(a / b) : 1;
      if (audit) offers.push(offerRecord(unit, i, j, a, b, region, t));
      if (region === "none") continue;
      const priority = settings.offerRanking === "highest-eu" ? 0 : REGION_PRIORITY[region];
      const key = offerKey(unit, settings, work, i, j, a, b, region, t);
      if (priority < bestPriority || priority === bestPriority && key < bestKey) {
        bestJ = j;
        bestT = t;
        bestPriority = priority;
        bestKey = key;
      }
    }
    if (bestJ >= 0) {
      for (let d = 0; d < dims; d++) {
        const xi = x[i * dims + d];
        const xj = x[bestJ * dims + d];
        next[i * dims + d] = bestT === 1 ? xj : xi + (xj - xi) * bestT;
      }
      if (audit) markChosen(offers, i, bestJ);
    }
  }
  return offers;
}
function probabilities(unit, settings, r, out, work) {
  const nn = unit.n * unit.n;
  for (let d = 0; d < unit.dims; d++) {
    probabilityOfSuccess(
      unit,
      d,
      settings.probability,
      r,
      out.subarray(d * nn, (d + 1) * nn),
      work.powed
    );
  }
}
function basicUtilities(unit, work, r) {
  const { n, dims, x, range } = unit;
  for (let a = 0; a < n; a++) {
    const ra = r[a];
    work.rPass[a] = ra;
    work.uSQ[a] = statusQuoUtility(ra);
    for (let d = 0; d < dims; d++) {
      const xa = x[a * dims + d];
      for (let b = 0; b < n; b++) {
        const distance = Math.abs(xa - x[b * dims + d]);
        if (distance === 0) continue;
        work.uS[d * n * n + a * n + b] = successUtility(distance, range[d], ra);
        work.uF[d * n * n + a * n + b] = failureUtility(distance, range[d], ra);
      }
    }
  }
}
function packageUtility(unit, settings, work, p, i, j, e) {
  const { n, dims, x, s, range } = unit;
  const other = e === i ? j : i;
  let eu = 0;
  for (let d = 0; d < dims; d++) {
    const xi = x[i * dims + d];
    const distance = Math.abs(xi - x[j * dims + d]);
    let e_d = 0;
    if (distance !== 0) {
      const k = d * n * n + e * n + other;
      e_d = challengeTerms(
        s[j * dims + d],
        p[d * n * n + i * n + j],
        work.uS[k],
        work.uF[k],
        work.uSQ[e],
        settings.q
      );
      if (settings.q < 1) {
        const rE = work.rPass[e];
        e_d -= noChallengeTerm(
          distance,
          range[d],
          rE,
          settings.q,
          settings.tRule,
          Math.abs(xi - work.mu[d])
        );
      }
    }
    eu = dims === 1 ? e_d : eu + work.omega[i * dims + d] * e_d;
  }
  return eu;
}
function offerKey(unit, settings, work, i, j, a, b, region, t) {
  if (settings.offerRanking === "highest-eu") return -b;
  const { dims, x, range } = unit;
  let key = 0;
  for (let d = 0; d < dims; d++) {
    const xi = x[i * dims + d];
    const xj = x[j * dims + d];
    const w = work.omega[i * dims + d] / range[d];
    if (settings.offerRanking === "scholz-code" && region === "compromise") {
      key += w * ((Math.abs(a) * xi + Math.abs(b) * xj) / (Math.abs(a) + Math.abs(b)));
    } else {
      key += w * Math.abs(t === 1 ? xj - xi : (xj - xi) * t);
    }
  }
  return key;
}
function medians(unit, work) {
  const { n, dims, x, c, s } = unit;
  for (let d = 0; d < dims; d++) {
    for (let a = 0; a < n; a++) {
      work.column[a] = x[a * dims + d];
      work.weights[a] = c[a] * s[a * dims + d];
    }
    work.mu[d] = weightedMedian(work.column, work.weights);
  }
}
function samePosition(x, dims, i, j) {
  for (let d = 0; d < dims; d++) if (x[i * dims + d] !== x[j * dims + d]) return false;
  return true;
}
function offerRecord(unit, i, j, a, b, region, t) {
  const { dims, x } = unit;
  const proposed = region === "none" ? null : Array.from({ length: dims }, (_, d) => {
    const xi = x[i * dims + d];
    const xj = x[j * dims + d];
    return t === 1 ? xj : xi + (xj - xi) * t;
  });
  return { actor: i, other: j, euActor: a, euOther: b, region, proposed, chosen: false };
}
function markChosen(offers, i, j) {
  for (let k = offers.length - 1; k >= 0; k--) {
    const o = offers[k];
    if (o.actor === i && o.other === j) {
      o.chosen = true;
      return;
    }
  }
}

// node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
var jumps = [
  3639956645,
  3750757012,
  1261568508,
  386426335
];
var XoroShiro128Plus = class XoroShiro128Plus2 {
  constructor(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  clone() {
    return new XoroShiro128Plus2(this.s01, this.s00, this.s11, this.s10);
  }
  next() {
    const out = this.s00 + this.s10 | 0;
    const a0 = this.s10 ^ this.s00;
    const a1 = this.s11 ^ this.s01;
    const s00 = this.s00;
    const s01 = this.s01;
    this.s00 = s00 << 24 ^ s01 >>> 8 ^ a0 ^ a0 << 16;
    this.s01 = s01 << 24 ^ s00 >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
    this.s10 = a1 << 5 ^ a0 >>> 27;
    this.s11 = a0 << 5 ^ a1 >>> 27;
    return out;
  }
  jump() {
    let ns01 = 0;
    let ns00 = 0;
    let ns11 = 0;
    let ns10 = 0;
    let s01 = this.s01;
    let s00 = this.s00;
    let s11 = this.s11;
    let s10 = this.s10;
    for (let i = 0; i !== 4; ++i) {
      const ji = jumps[i];
      for (let mask = 1; mask; mask <<= 1) {
        if (ji & mask) {
          ns01 ^= s01;
          ns00 ^= s00;
          ns11 ^= s11;
          ns10 ^= s10;
        }
        const a0 = s10 ^ s00;
        const a1 = s11 ^ s01;
        const s00_ = s00;
        const s01_ = s01;
        s00 = s00_ << 24 ^ s01_ >>> 8 ^ a0 ^ a0 << 16;
        s01 = s01_ << 24 ^ s00_ >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
        s10 = a1 << 5 ^ a0 >>> 27;
        s11 = a0 << 5 ^ a1 >>> 27;
      }
    }
    this.s01 = ns01;
    this.s00 = ns00;
    this.s11 = ns11;
    this.s10 = ns10;
  }
  getState() {
    return [
      this.s01,
      this.s00,
      this.s11,
      this.s10
    ];
  }
};
function xoroshiro128plusFromState(state) {
  if (!(state.length === 4)) throw new Error("The state must have been produced by a xoroshiro128plus RandomGenerator");
  return new XoroShiro128Plus(state[0], state[1], state[2], state[3]);
}

// node_modules/pure-rand/lib/esm/distribution/uniformFloat64.js
var scale26 = 14901161193847656e-24;
var scale53 = 11102230246251565e-32;
var mask1 = 67108863;
var mask2 = 134217727;
function uniformFloat64(rng) {
  const value1 = rng.next() & mask1;
  const value2 = rng.next() & mask2;
  return value1 * scale26 + value2 * scale53;
}

// packages/engines/src/shared/rng.ts
function fmix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h | 0;
}
function createRng(seed, stream = 0) {
  const a = fmix32((seed | 0) ^ 2654435769);
  const b = fmix32((stream | 0) ^ 2135587861);
  const state = [
    fmix32(a ^ 608135816),
    fmix32(b ^ a),
    fmix32(a + b + 320440878),
    fmix32(b ^ 2752067618)
  ];
  if (!state.some((w) => w !== 0)) state[0] = 1;
  const generator = xoroshiro128plusFromState(state);
  return { next: () => uniformFloat64(generator) };
}

// packages/engines/src/forecast/smp/vote.ts
function vote(rule, w, ui, uk) {
  const du = ui - uk;
  switch (rule) {
    case "Proportional":
      return w * du;
    case "Binary":
      return w * binary(du);
    case "PropBin":
      return w * ((1 - 0.2) * du + 0.2 * binary(du));
    case "PropCbc":
      return w * ((1 - 0.5) * du + 0.5 * (du * du * du));
    case "Cubic":
      return w * (du * du * du);
    case "ASymProsp":
      return du < 0 ? w * du : du > 0 ? 2 * w * du / 3 : 0;
  }
}
function binary(du) {
  const r = du / 1e-8;
  return r > 1 ? 1 : r < -1 ? -1 : r;
}

// packages/engines/src/forecast/smp/challengeEstimate.ts
function challengeEstimate(ctx, u, k, i, j) {
  const { n, cap, totalSal, rule } = ctx;
  const uii = u[i * n + i];
  const uij = u[i * n + j];
  const uji = u[j * n + i];
  const ujj = u[j * n + j];
  const euSQ = u[k * n + i] + u[k * n + j];
  const uhkij = u[k * n + i] + u[k * n + i];
  const uhkji = u[k * n + j] + u[k * n + j];
  const sj = totalSal[j];
  const contribI = vote(rule, totalSal[i] * cap[i], uii, uij);
  const contribJ = vote(rule, sj * cap[j], uji, ujj);
  let chij = 1e-10;
  let chji = 1e-10;
  if (contribI > 0) chij = chij + contribI;
  if (contribI < 0) chji = chji - contribI;
  if (contribJ > 0) chij = chij + contribJ;
  if (contribJ < 0) chji = chji - contribJ;
  const principalI = chij;
  const principalJ = chji;
  for (let m = 0; m < n; m++) {
    if (m === i || m === j) continue;
    const wm = totalSal[m] * cap[m];
    const umi = u[m * n + i];
    const umj = u[m * n + j];
    const umm = u[m * n + m];
    const little = vote(rule, wm, umi, umj);
    const cmi = little > 0 ? principalI + little : principalI;
    const cmj = little < 0 ? principalJ - little : principalJ;
    const pim = cmi / (cmi + cmj);
    const vm = thirdPartyVote(wm, rule, ctx.commit, pim, 1 - pim, umi, umj, umm);
    chij = vm > 0 ? chij + vm : chij;
    chji = vm < 0 ? chji - vm : chji;
  }
  const phij = chij / (chij + chji);
  const phji = chji / (chij + chji);
  const euCntst = phij * uhkij + phji * uhkji;
  const euChlg = (1 - sj) * uhkij + sj * euCntst;
  return [phij, euChlg - euSQ];
}
function thirdPartyVote(wk, rule, commit, pik, pjk, uki, ukj, ukk) {
  let ikDefJ;
  let jDefIk;
  let iDefJk;
  let jkDefI;
  if (commit === "FullCommit") {
    ikDefJ = uki + uki + uki;
    jDefIk = ukj + ukj + ukj;
    iDefJk = uki + uki + uki;
    jkDefI = ukj + ukj + ukj;
  } else if (commit === "SemiCommit") {
    ikDefJ = uki + uki + ukk;
    jDefIk = ukj + ukj + ukj;
    iDefJk = uki + uki + uki;
    jkDefI = ukj + ukj + ukk;
  } else {
    ikDefJ = uki + uki + ukk;
    jDefIk = ukj + ukj + ukk;
    iDefJk = uki + uki + ukk;
    jkDefI = ukj + ukj + ukk;
  }
  const uIkJ = pik * ikDefJ + pjk * jDefIk;
  const uIJk = pik * iDefJk + pjk * jkDefI;
  return vote(rule, wk, uIkJ, uIJk);
}

// packages/engines/src/forecast/smp/interpolateBargain.ts
var round4 = (x) => Math.trunc(0.5 + x * 1e4) / 1e4;
function interpolateBargain(rule, ti, si, pi, tj, sj, pj, out) {
  if (rule === "S2PMax") {
    const di = pj > pi ? pj - pi : 0;
    const dj = pi > pj ? pi - pj : 0;
    const si2 = si * si;
    const sj2 = sj * sj;
    const dik = di * sj2 / (di * sj2 + 1e-6 + (1 - di) * si2);
    const djk = dj * si2 / (dj * si2 + 1e-6 + (1 - dj) * sj2);
    out[0] = ti + dik * (tj - ti);
    out[1] = tj + djk * (ti - tj);
    return;
  }
  const square = rule === "S2P2";
  const wi = (square ? si * si : si) * (square ? pi * pi : pi);
  const wj = (square ? sj * sj : sj) * (square ? pj * pj : pj);
  const minW = 1e-6;
  out[0] = round4(((wi + minW) * ti + wj * tj) / (wi + minW + wj));
  out[1] = round4((wi * ti + (minW + wj) * tj) / (wi + minW + wj));
}

// packages/engines/src/forecast/smp/victoryProbability.ts
function victoryProbability(model, s1, s2) {
  let x1;
  let x2;
  switch (model) {
    case "Linear":
      x1 = s1;
      x2 = s2;
      break;
    case "Square":
      x1 = s1 * s1;
      x2 = s2 * s2;
      break;
    case "Quartic":
      x1 = s1 * s1 * (s1 * s1);
      x2 = s2 * s2 * (s2 * s2);
      break;
    case "Octic": {
      const q1 = s1 * s1 * (s1 * s1);
      const q2 = s2 * s2 * (s2 * s2);
      x1 = q1 * q1;
      x2 = q2 * q2;
      break;
    }
    case "Binary": {
      const thresh = 1.1;
      const minX = 1e-6;
      if (s1 >= thresh * s2) {
        x1 = 1;
        x2 = minX;
      } else if (s2 >= thresh * s1) {
        x1 = minX;
        x2 = 1;
      } else {
        const r12 = s1 / (s1 + s2);
        x1 = (r12 * (thresh + 1) - 1) / (thresh - 1);
        x2 = 1 - x1;
      }
      break;
    }
  }
  return [x1 / (x1 + x2), x2 / (x1 + x2)];
}

// packages/engines/src/forecast/smp/pce.ts
function coalitions(v, nAct, nOpt) {
  const minC = 1e-8;
  const c = new Float64Array(nOpt * nOpt);
  for (let i = 0; i < nOpt; i++) {
    for (let j = 0; j < i; j++) {
      let cij = minC;
      let cji = minC;
      for (let k = 0; k < nAct; k++) {
        const vkij = v(k, i, j);
        if (vkij > 0) cij = cij + vkij;
        if (vkij < 0) cji = cji - vkij;
      }
      c[i * nOpt + j] = cij;
      c[j * nOpt + i] = cji;
    }
    c[i * nOpt + i] = minC;
  }
  return c;
}
function victoryMatrix(model, c, nOpt) {
  const p = new Float64Array(nOpt * nOpt);
  for (let i = 0; i < nOpt; i++) {
    for (let j = 0; j < i; j++) {
      const [pij, pji] = victoryProbability(model, c[i * nOpt + j], c[j * nOpt + i]);
      p[i * nOpt + j] = pij;
      p[j * nOpt + i] = pji;
    }
    p[i * nOpt + i] = 0.5;
  }
  return p;
}
function probCE(pce, model, c, nOpt) {
  const pv = victoryMatrix(model, c, nOpt);
  if (pce === "Conditional") return conditionalPce(pv, nOpt);
  if (pce === "MarkovUniform") return markovUniformPce(pv, nOpt);
  return markovIncentivePce(pv, c, nOpt);
}
function conditionalPce(pv, nOpt) {
  const p = new Float64Array(nOpt);
  let sum = 0;
  for (let i = 0; i < nOpt; i++) {
    let pi = 1;
    for (let j = 0; j < nOpt; j++) pi = pi * pv[i * nOpt + j];
    p[i] = pi;
  }
  for (let i = 0; i < nOpt; i++) sum = sum + p[i];
  for (let i = 0; i < nOpt; i++) p[i] = p[i] / sum;
  return p;
}
function markovUniformPce(pv, nOpt) {
  let p = new Float64Array(nOpt).fill(1 / nOpt);
  const q = new Float64Array(nOpt);
  for (let change = 1, iter = 0; change > 1e-6 && iter < 1e3; iter++) {
    change = 0;
    for (let i = 0; i < nOpt; i++) {
      let pi = 0;
      for (let j = 0; j < nOpt; j++) pi = pi + pv[i * nOpt + j] * (p[i] + p[j]);
      q[i] = pi / nOpt;
      change = Math.max(change, Math.abs(q[i] - p[i]));
    }
    p = p.map((pi, i) => (pi + q[i]) / 2);
  }
  return p;
}
function markovIncentivePce(pv, c, nOpt) {
  const incentive = new Float64Array(nOpt * nOpt);
  for (let i = 0; i < nOpt; i++) {
    for (let j = 0; j < nOpt; j++) {
      incentive[i * nOpt + j] = c[i * nOpt + j] * pv[i * nOpt + j] + (i === j ? 1e-10 : 0);
    }
  }
  const challenge = new Float64Array(nOpt * nOpt);
  for (let j = 0; j < nOpt; j++) {
    let sum = 0;
    for (let k = 0; k < nOpt; k++) sum = sum + incentive[k * nOpt + j];
    for (let i = 0; i < nOpt; i++) challenge[i * nOpt + j] = incentive[i * nOpt + j] / sum;
  }
  let p = new Float64Array(nOpt).fill(1 / nOpt);
  const q = new Float64Array(nOpt);
  for (let change = 1, iter = 0; change > 1e-8 && iter < 1e3; iter++) {
    change = 0;
    for (let i = 0; i < nOpt; i++) {
      let qi = 0;
      for (let j = 0; j < nOpt; j++) {
        const cij = p[i] * challenge[j * nOpt + i] + p[j] * challenge[i * nOpt + j];
        qi = qi + pv[i * nOpt + j] * cij;
      }
      q[i] = qi;
      change = Math.max(change, Math.abs(qi - p[i]));
    }
    p = p.map((pi, i) => (pi + q[i]) / 2);
  }
  return p;
}
function scalarPce(nAct, nOpt, w, u, rule, model, pce) {
  const c = coalitions(
    (k, i, j) => vote(rule, w[k], u[k * nOpt + i], u[k * nOpt + j]),
    nAct,
    nOpt
  );
  return probCE(pce, model, c, nOpt);
}

// packages/engines/src/forecast/smp/riskAttitudes.ts
function bigRFromProb(p, range) {
  let pMin = 1;
  let pMax = 0;
  for (const pi of p) {
    pMin = pi < pMin ? pi : pMin;
    pMax = pi > pMax ? pi : pMax;
  }
  if (!(pMax > pMin)) return new Float64Array(p.length);
  return p.map((pi) => {
    switch (range) {
      case "Min":
        return (pi - pMin) / (pMax - pMin);
      case "Mid":
        return (3 * pi - (pMax + 2 * pMin)) / (2 * (pMax - pMin));
      case "Max":
        return (2 * pi - (pMax + pMin)) / (pMax - pMin);
    }
  });
}
function estimateRisk(rh, ri, adjust) {
  switch (adjust) {
    case "Full":
      return ri;
    case "TwoThirds":
      return (rh + 2 * ri) / 3;
    case "Half":
      return (rh + ri) / 2;
    case "OneThird":
      return (2 * rh + ri) / 3;
    case "No":
      return rh;
  }
}

// packages/engines/src/forecast/smp/spatialUtility.ts
function bsUtil(sd, R) {
  return sd <= 1 ? (1 - sd) * (1 + sd * R) : (1 - sd) * (1 + R);
}
function bvDiff(from, a, to, b, sal, dims) {
  let dsSqr = 0;
  let ssSqr = 0;
  for (let k = 0; k < dims; k++) {
    const s = sal[a * dims + k];
    const ds = (from[a * dims + k] - to[b * dims + k]) * s;
    dsSqr = dsSqr + ds * ds;
    ssSqr = ssSqr + s * s;
  }
  return ssSqr > 0 ? Math.sqrt(dsSqr / ssSqr) : unweighted(from, a, to, b, dims);
}
function unweighted(from, a, to, b, dims) {
  let sum = 0;
  for (let k = 0; k < dims; k++) sum += (from[a * dims + k] - to[b * dims + k]) ** 2;
  return Math.sqrt(sum / dims);
}
function bvDiffToPoint(from, a, p, sal, dims) {
  let dsSqr = 0;
  let ssSqr = 0;
  for (let k = 0; k < dims; k++) {
    const s = sal[a * dims + k];
    const ds = (from[a * dims + k] - p[k]) * s;
    dsSqr = dsSqr + ds * ds;
    ssSqr = ssSqr + s * s;
  }
  return ssSqr > 0 ? Math.sqrt(dsSqr / ssSqr) : unweighted(from, a, p, 0, dims);
}

// packages/engines/src/forecast/smp/smpTurn.ts
function smpTurn(unit, pos, ideal, settings, rng) {
  const { n, dims, sal } = unit;
  const diff = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) diff[i * n + j] = bvDiff(ideal, i, pos, j, sal, dims);
  const risk = inferRisk(unit, diff, settings);
  const est = (h, i) => estimateRisk(risk[h], risk[i], settings.bigRAdjust);
  const perspective = (h) => {
    const u = new Float64Array(n * n);
    for (let a = 0; a < n; a++) {
      const r = est(h, a);
      for (let b = 0; b < n; b++) u[a * n + b] = bsUtil(diff[a * n + b], r);
    }
    return u;
  };
  const own = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    const r = est(a, a);
    for (let b = 0; b < n; b++) own[a * n + b] = bsUtil(diff[a * n + b], r);
  }
  const ctx = challengeContext(unit, settings);
  const bargains = [];
  for (let i = 0; i < n; i++) {
    const u = perspective(i);
    let bestJ = -1;
    let bestP = 0;
    let bestEU = -1;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const [p, gain] = challengeEstimate(ctx, u, i, i, j);
      if (1e-5 < gain && bestEU < gain) {
        bestJ = j;
        bestP = p;
        bestEU = gain;
      }
    }
    if (bestJ >= 0) {
      bargains.push(
        ...proposeBargains(unit, pos, settings, ctx, perspective, i, bestJ, bestP, bestEU)
      );
    }
  }
  const next = resolveBargains(unit, pos, settings, risk, own, bargains, rng);
  return { next, nextIdeal: newIdeals(unit, next, ideal, settings.accommodation), bargains, risk };
}
function inferRisk(unit, diff, settings) {
  const { n, cap } = unit;
  const rn = diff.map((d) => bsUtil(d, 0));
  const c = coalitions(
    (k, i, j) => vote(settings.votingRule, cap[k], rn[k * n + i], rn[k * n + j]),
    n,
    n
  );
  const p = probCE(settings.pceModel, settings.victoryProbModel, c, n);
  return bigRFromProb(p, settings.bigRRange);
}
function challengeContext(unit, settings) {
  const { n, dims, sal, cap } = unit;
  const totalSal = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    let s = 0;
    for (let d = 0; d < dims; d++) s = s + sal[a * dims + d];
    totalSal[a] = s;
  }
  return { n, cap, totalSal, rule: settings.votingRule, commit: settings.thirdPartyCommit };
}
function proposeBargains(unit, pos, settings, ctx, perspective, i, j, piiJ, gain) {
  const fromI = { ...interpolate(unit, pos, settings, i, j, piiJ), probability: piiJ, gain };
  if (settings.bargnModel === "InitOnlyInterp") return [fromI];
  const pjiJ = challengeEstimate(ctx, perspective(j), i, i, j)[1];
  const fromJ = { ...interpolate(unit, pos, settings, i, j, pjiJ), probability: piiJ, gain };
  if (settings.bargnModel === "InitRcvrInterp") return [fromI, fromJ];
  const wi = ctx.cap[i] * ctx.totalSal[i];
  const wj = ctx.cap[i] * ctx.totalSal[j];
  const mix = (a, b) => a.map((ai, d) => (wi * ai + wj * b[d]) / (wi + wj));
  return [
    {
      init: i,
      rcvr: j,
      posInit: mix(fromI.posInit, fromJ.posInit),
      posRcvr: mix(fromI.posRcvr, fromJ.posRcvr),
      probability: piiJ,
      gain
    }
  ];
}
function interpolate(unit, pos, settings, i, j, prbI) {
  const { dims, sal } = unit;
  const posInit = new Float64Array(dims);
  const posRcvr = new Float64Array(dims);
  const out = new Float64Array(2);
  for (let d = 0; d < dims; d++) {
    interpolateBargain(
      settings.interVecBrgn,
      pos[i * dims + d],
      sal[i * dims + d],
      prbI,
      pos[j * dims + d],
      sal[j * dims + d],
      1 - prbI,
      out
    );
    posInit[d] = out[0];
    posRcvr[d] = out[1];
  }
  return { init: i, rcvr: j, posInit, posRcvr };
}
function resolveBargains(unit, pos, settings, risk, own, bargains, rng) {
  const { n, dims, cap } = unit;
  const columns = bargains.map((b) => bargainUtilities(unit, pos, risk, own, b));
  const statusQuo = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    let u = 0;
    for (let m = 0; m < n; m++) u = u + own[a * n + m];
    statusQuo[a] = u / n;
  }
  const next = Float64Array.from(pos);
  for (let k = 0; k < n; k++) {
    const queue = [-1];
    bargains.forEach((b2, m) => {
      if (b2.init === k || b2.rcvr === k) queue.push(m);
    });
    const nb = queue.length;
    const u = new Float64Array(n * nb);
    queue.forEach((m, o) => {
      const col = m < 0 ? statusQuo : columns[m];
      for (let a = 0; a < n; a++) u[a * nb + o] = col[a];
    });
    const p = scalarPce(
      n,
      nb,
      cap,
      u,
      settings.votingRule,
      settings.victoryProbModel,
      settings.pceModel
    );
    const chosen = queue[pickBargain(p, settings, rng)];
    if (chosen < 0) continue;
    const b = bargains[chosen];
    const src = b.init === k ? b.posInit : b.posRcvr;
    for (let d = 0; d < dims; d++) next[k * dims + d] = src[d];
  }
  return next;
}
function bargainUtilities(unit, pos, risk, own, b) {
  const { n, dims, sal } = unit;
  const col = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    let u = 0;
    u = u + bsUtil(bvDiffToPoint(pos, a, b.posInit, sal, dims), risk[a]);
    u = u + bsUtil(bvDiffToPoint(pos, a, b.posRcvr, sal, dims), risk[a]);
    for (let m = 0; m < n; m++) if (m !== b.init && m !== b.rcvr) u = u + own[a * n + m];
    col[a] = u / n;
  }
  return col;
}
function pickBargain(p, settings, rng) {
  if (settings.stateTransitions === "Stochastic") {
    if (!rng) throw new Error("smp: Stochastic transitions need a random generator");
    let u = rng.next();
    for (let m = 0; m < p.length; m++) {
      u -= p[m];
      if (u < 0) return m;
    }
    return p.length - 1;
  }
  let best = 0;
  let max = -1;
  for (let m = 0; m < p.length; m++) {
    const a = Math.abs(p[m]);
    if (max < a) {
      best = m;
      max = a;
    }
  }
  return best;
}
function newIdeals(unit, next, ideal, accommodation) {
  if (!accommodation) return Float64Array.from(next);
  const { n, dims } = unit;
  const out = new Float64Array(n * dims);
  for (let i = 0; i < n; i++) {
    let si = 0;
    for (let j = 0; j < n; j++) {
      const aij = accommodation[i]?.[j] ?? 0;
      si = si + aij;
      for (let d = 0; d < dims; d++)
        out[i * dims + d] = out[i * dims + d] + aij * next[j * dims + d];
    }
    const lag = 1 - Math.min(si, 1);
    for (let d = 0; d < dims; d++)
      out[i * dims + d] = out[i * dims + d] + lag * ideal[i * dims + d];
  }
  return out;
}

// packages/engines/src/forecast/smp/runSmp.ts
function runSmp(unit, settings, maxTurns, signal, turn = smpTurn) {
  const rng = settings.stateTransitions === "Stochastic" ? createRng(settings.seed) : void 0;
  let pos = Float64Array.from(unit.pos);
  let ideal = Float64Array.from(unit.pos);
  const run = { turns: [pos], bargains: [], risk: [], rounds: 0, converged: false };
  for (let iter = 1; iter <= maxTurns; iter++) {
    throwIfAborted(signal);
    const result = turn(unit, pos, ideal, settings, rng);
    pos = result.next;
    ideal = result.nextIdeal;
    run.turns.push(pos);
    run.bargains.push(result.bargains);
    run.risk.push(result.risk);
    run.rounds = iter;
    if (iter >= settings.minTurns) {
      const first = stateDistance(unit, run.turns[0], run.turns[1]) + 1e-4;
      const last = stateDistance(unit, run.turns[iter - 1], pos);
      if (last / first < settings.stopRatio) {
        run.converged = true;
        break;
      }
    }
  }
  return run;
}
function stateDistance(unit, a, b) {
  let sum = 0;
  for (let i = 0; i < unit.n; i++) {
    let sq = 0;
    for (let d = 0; d < unit.dims; d++) {
      const diff = a[i * unit.dims + d] - b[i * unit.dims + d];
      sq += diff * diff;
    }
    sum = sum + Math.sqrt(sq);
  }
  return sum;
}

// packages/engines/src/forecast/runUnit.ts
function unitColumns(problem, unit) {
  const dims = unit.dims.length;
  const n = unit.actors.length;
  const x = new Float64Array(n * dims);
  const s = new Float64Array(n * dims);
  const c = new Float64Array(n);
  unit.actors.forEach((a, i) => {
    c[i] = problem.capability[a];
    unit.dims.forEach((d, k) => {
      x[i * dims + k] = problem.position[a * problem.nDims + d];
      s[i * dims + k] = problem.salience[a * problem.nDims + d];
    });
  });
  return { n, dims, x, s, c };
}
function column(x, s, c, dims, k) {
  const n = c.length;
  const xs = new Float64Array(n);
  const ws = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = x[i * dims + k];
    ws[i] = c[i] * s[i * dims + k];
  }
  return { xs, ws };
}
function runUnit(problem, unit, settings) {
  const cols = unitColumns(problem, unit);
  const { n, dims, x, s, c } = cols;
  if (n === 0)
    return { turns: [x], forecast: unit.dims.map(() => Number.NaN), rounds: 0, converged: true };
  const readout = (final, how) => unit.dims.map((_, k) => {
    const { xs, ws } = column(final, s, c, dims, k);
    return how === "median" ? weightedMedian(xs, ws) : weightedMean(xs, ws);
  });
  switch (settings.model) {
    case "mean":
      return still(x, readout(x, "mean"));
    case "median":
      return still(x, readout(x, "median"));
    case "capability-mean":
      return still(
        x,
        unit.dims.map((_, k) => weightedMean(column(x, s, c, dims, k).xs, c))
      );
    case "condorcet":
      return still(
        x,
        unit.dims.map((_, k) => {
          const { xs, ws } = column(x, s, c, dims, k);
          return condorcetPosition(xs, ws);
        })
      );
    case "bdm":
      return bdmOutcome(problem, unit, cols, settings, readout);
    case "smp":
      return smpOutcome(problem, unit, cols, settings, readout);
  }
}
function still(x, forecast2) {
  return { turns: [x], forecast: forecast2, rounds: 0, converged: true };
}
function bdmOutcome(problem, unit, cols, settings, readout) {
  const { n, dims, x, s, c } = cols;
  const range = Float64Array.from(unit.dims, (d, k) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      lo = Math.min(lo, x[i * dims + k]);
      hi = Math.max(hi, x[i * dims + k]);
    }
    const scale = problem.max[d] - problem.min[d];
    const r = settings.bdm.range === "scale" ? scale : hi - lo;
    return r > 0 ? r : scale > 0 ? scale : 1;
  });
  const bdmUnit = { n, dims, x, c, s: s.map((v) => v / 100), range };
  let workspace;
  if (settings.scratch) {
    const key = `${n}x${dims}`;
    workspace = settings.scratch.get(key) ?? new BdmWorkspace(n, dims);
    settings.scratch.set(key, workspace);
  }
  const run = runBdm(bdmUnit, settings.bdm, {
    rounds: settings.bdmRounds,
    audit: settings.audit,
    signal: settings.signal,
    keepTurns: settings.keepTurns ?? true,
    workspace
  });
  const final = run.turns[run.turns.length - 1];
  return {
    turns: run.turns,
    forecast: readout(final, settings.bdm.readout),
    rounds: run.rounds,
    converged: run.converged,
    audit: settings.audit ? run.audit : void 0
  };
}
function smpOutcome(problem, unit, cols, settings, readout) {
  const { n, dims, x, s, c } = cols;
  const lo = unit.dims.map((d) => problem.min[d]);
  const span = unit.dims.map((d) => problem.max[d] - problem.min[d] || 1);
  const sal = new Float64Array(n * dims);
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let k = 0; k < dims; k++) total += s[i * dims + k];
    const scale = total > 100 ? 100 / total : 1;
    for (let k = 0; k < dims; k++) sal[i * dims + k] = s[i * dims + k] * scale / 100;
  }
  const pos = x.map((v, idx) => (v - lo[idx % dims]) / span[idx % dims]);
  const run = runSmp(
    { n, dims, pos, sal, cap: c },
    settings.smp,
    settings.smpRounds,
    settings.signal
  );
  const toScale = (t) => t.map((v, idx) => lo[idx % dims] + v * span[idx % dims]);
  const turns = run.turns.map((t, i) => i === 0 ? x : toScale(t));
  return {
    turns,
    forecast: readout(turns[turns.length - 1], settings.smp.readout),
    rounds: run.rounds,
    converged: run.converged,
    bargains: settings.audit ? run.bargains : void 0
  };
}

// packages/engines/src/forecast/forecast.ts
function forecast(input, options) {
  const settings = resolveForecastSettings(options);
  const problem = problemFromInput(input);
  const { units, warnings } = planUnits(input, options.joint);
  const outcomes = units.map((unit, u) => {
    throwIfAborted(options.signal);
    options.onProgress?.({
      done: u,
      total: units.length,
      message: `unit ${u + 1}/${units.length}`
    });
    return runUnit(problem, unit, settings);
  });
  options.onProgress?.({ done: units.length, total: units.length });
  return {
    ...assembleTurns(input, problem, units, outcomes),
    model: options.model,
    provenance: {
      engine: "forecast",
      method: options.model,
      parameters: settingsRecord(options, settings),
      inputHash: inputHash(input),
      convergence: units.map((unit, u) => ({
        dimensions: unit.dims.map((d) => input.dimensions[d].name),
        rounds: outcomes[u].rounds,
        converged: outcomes[u].converged
      })),
      warnings: [...input.warnings ?? [], ...warnings]
    }
  };
}
var finite = (v) => Number.isFinite(v) ? v : null;
function assembleTurns(input, problem, units, outcomes) {
  const nDims = problem.nDims;
  const taking = new Set(units.flatMap((u) => u.actors));
  const actors = input.actors.filter((_, a) => taking.has(a)).map((a) => a.name);
  const nTurns = Math.max(1, ...outcomes.map((o) => o.turns.length));
  const turns = [];
  for (let t = 0; t < nTurns; t++) {
    const positions = {};
    for (const name of actors) positions[name] = new Array(nDims).fill(null);
    const median = new Array(nDims).fill(null);
    const mean = new Array(nDims).fill(null);
    const turn = { positions, median, mean };
    units.forEach((unit, u) => {
      const outcome = outcomes[u];
      const x = outcome.turns[Math.min(t, outcome.turns.length - 1)];
      const { s, c } = unitColumns(problem, unit);
      const dims = unit.dims.length;
      unit.actors.forEach((a, i) => {
        unit.dims.forEach((d, k) => positions[input.actors[a].name][d] = x[i * dims + k]);
      });
      unit.dims.forEach((d, k) => {
        const { xs, ws } = column(x, s, c, dims, k);
        median[d] = finite(weightedMedian(xs, ws));
        mean[d] = finite(weightedMean(xs, ws));
      });
      if (t > 0 && t < outcome.turns.length) attachRecords(turn, input, unit, outcome, t);
    });
    turns.push(turn);
  }
  const forecastValues = new Array(nDims).fill(null);
  units.forEach(
    (unit, u) => unit.dims.forEach((d, k) => forecastValues[d] = finite(outcomes[u].forecast[k]))
  );
  return {
    dimensions: input.dimensions.map((d) => d.name),
    actors,
    turns,
    final: turns[turns.length - 1].positions,
    forecast: forecastValues
  };
}
function attachRecords(turn, input, unit, outcome, t) {
  const name = (i) => input.actors[unit.actors[i]].name;
  const dimensions = unit.dims.map((d) => input.dimensions[d].name);
  const offers = outcome.audit?.[t - 1];
  if (offers) {
    const records = offers.map((o) => ({
      actor: name(o.actor),
      other: name(o.other),
      dimensions,
      euActor: o.euActor,
      euOther: o.euOther,
      region: o.region,
      proposed: o.proposed,
      chosen: o.chosen
    }));
    turn.audit = [...turn.audit ?? [], ...records];
  }
  const bargains = outcome.bargains?.[t - 1];
  if (bargains) {
    const toScale = (p) => Array.from(p, (v, k) => {
      const dim = input.dimensions[unit.dims[k]];
      return dim.min + v * (dim.max - dim.min || 1);
    });
    const records = bargains.map((b) => ({
      initiator: name(b.init),
      receiver: name(b.rcvr),
      probability: b.probability,
      expectedGain: b.gain,
      initiatorPosition: toScale(b.posInit),
      receiverPosition: toScale(b.posRcvr),
      dimensions
    }));
    turn.bargains = [...turn.bargains ?? [], ...records];
  }
}

// packages/model/src/diagnostic.ts
var hasErrors = (diagnostics) => diagnostics.some((d) => d.severity === "error");

// packages/model/src/scenario/schema.ts
import * as z from "zod";
var ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
var Id = z.string().regex(ID_PATTERN, 'ids start with a letter and use letters, digits, "_", "-" or "."').meta({ id: "Id", description: 'An id: a letter, then letters, digits, "_", "-" or ".".' });
var ProvenanceFields = {
  /** Key of an entry in the scenario's `sources`, or several. */
  source: z.union([Id, z.array(Id).min(1)]).optional().describe("Key of an entry in `sources` (or a list of keys) supporting this value."),
  /** True when the value is the analyst's judgement rather than a sourced figure. */
  judgement: z.boolean().optional().describe("True when the value is the analyst's judgement rather than a sourced figure."),
  /** Free-text justification. */
  note: z.string().optional().describe("Free-text justification.")
};
var Range = z.tuple([z.number(), z.number()]).describe("Plausible interval [low, high] for uncertainty analysis (Monte Carlo).");
var QuantityObject = z.strictObject({
  value: z.number().describe("The number."),
  /** Plausible interval [low, high] for uncertainty analysis (Monte Carlo). */
  range: Range.optional(),
  ...ProvenanceFields
});
var Quantity = z.union([z.number(), QuantityObject]).meta({
  id: "Quantity",
  description: "A number, or `{value, range?, source?, judgement?, note?}` with provenance and uncertainty."
});
var Source = z.strictObject({
  title: z.string().min(1),
  author: z.string().optional(),
  publisher: z.string().optional(),
  /** Publication date, ISO 8601 (`2018-06-12`, `2018-06` or `2018`). */
  date: z.string().optional(),
  url: z.string().optional(),
  accessed: z.string().optional(),
  note: z.string().optional()
}).describe("A citation.");
var Actor = z.strictObject({
  id: Id,
  name: z.string().min(1).describe("Display name."),
  description: z.string().optional(),
  /**
   * Relative capability (power) used by the forecasting models, any non-negative scale.
   * Say how it is derived in `note`.
   */
  capability: Quantity.optional().describe(
    "Relative capability (power) for the forecasting models, any non-negative scale."
  ),
  /** Named indicators behind the capability (CINC, GDP, military spending, ...). */
  indicators: z.record(z.string(), Quantity).optional().describe("Named indicators behind the capability (CINC, GDP, military spending, ...)."),
  ...ProvenanceFields
});
var Scale = z.strictObject({
  min: z.number().default(0).describe("Lowest point of the scale (default 0)."),
  max: z.number().default(100).describe("Highest point of the scale (default 100)."),
  /** What the `min` end means, e.g. "No sanctions relief". */
  low: z.string().min(1).describe('What the `min` end means, e.g. "No sanctions relief".'),
  /** What the `max` end means, e.g. "All UN sanctions lifted". */
  high: z.string().min(1).describe('What the `max` end means, e.g. "All UN sanctions lifted".'),
  unit: z.string().optional()
});
var Position = z.strictObject({
  /** The actor's preferred point on the issue's scale. */
  position: Quantity.describe("The actor's preferred point on the issue's scale."),
  /** How much the actor cares about this issue, 0–100. */
  salience: Quantity.describe("How much the actor cares about this issue, 0\u2013100."),
  ...ProvenanceFields
});
var Issue = z.strictObject({
  id: Id,
  name: z.string().min(1),
  description: z.string().optional(),
  scale: Scale.describe("The numeric scale positions are placed on, with labelled ends."),
  /** Actor id → position and salience. */
  positions: z.record(Id, Position).describe("Actor id \u2192 position and salience."),
  ...ProvenanceFields
});
var Reversibility = z.enum(["both", "forward-only", "backward-only"]);
var Option = z.strictObject({
  id: Id,
  /** Actor id of the decision maker who controls this option. */
  owner: Id.describe("Actor id of the decision maker who controls this option."),
  /** Short label, e.g. "Lift unilateral sanctions". */
  label: z.string().min(1).describe('Short label, e.g. "Lift unilateral sanctions".'),
  description: z.string().optional(),
  /** both: can be taken and withdrawn; forward-only: once taken, final; backward-only: can only be withdrawn. */
  reversibility: Reversibility.default("both").describe(
    "both: can be taken and withdrawn; forward-only: once taken, final; backward-only: can only be withdrawn."
  ),
  /** Whether the option is taken in the status quo. */
  statusQuo: z.boolean().default(false).describe("Whether the option is taken in the status quo."),
  ...ProvenanceFields
});
var Statement = z.union([z.string().min(1), z.strictObject({ statement: z.string().min(1), ...ProvenanceFields })]).meta({
  id: "Statement",
  description: "A statement over option ids with `&`, `|`, `!`, `q if p`, `q iff p` and parentheses, e.g. `lift if freeze & !strike`."
});
var Infeasible = z.union([
  z.string().min(1),
  z.strictObject({ when: z.string().min(1), reason: z.string().optional(), ...ProvenanceFields })
]).describe("A condition in the statement language; states satisfying it are infeasible.");
var RankingEntry = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe(
  "A state as one Y/N letter per option (first letter = first option), or a list of tied states."
);
var Preference = z.strictObject({
  /** Prioritized statements, most important first (GMCR+ option prioritization). */
  statements: z.array(Statement).optional().describe("Prioritized statements, most important first (GMCR+ option prioritization)."),
  /** Explicit ranking of all feasible states, most preferred first; nested lists are ties. */
  ranking: z.array(RankingEntry).optional().describe(
    "Explicit ranking of all feasible states, most preferred first; nested lists are ties."
  ),
  /** States this actor does not perceive (GMCR misperception): conditions in the statement language. */
  misperceived: z.array(z.string().min(1)).optional().describe("States this actor does not perceive (GMCR misperception), as conditions."),
  ...ProvenanceFields
});
var ScenarioSchema = z.strictObject({
  /** Format version. */
  parley: z.literal(1).describe("Format version: always 1."),
  id: Id,
  title: z.string().min(1),
  /** The date the scenario describes, ISO 8601. */
  asOf: z.string().min(1).describe("The date the scenario describes, ISO 8601 (e.g. 2018-06-12)."),
  summary: z.string().optional(),
  tags: z.array(z.string()).optional(),
  /** Source id → citation. */
  sources: z.record(Id, Source).default({}).describe("Source id \u2192 citation."),
  actors: z.array(Actor).min(1).describe("The decision makers."),
  issues: z.array(Issue).default([]).describe("Negotiable dimensions, each on a numeric scale."),
  /** GMCR: the yes/no options; declaration order is bit order (first option = least significant bit). */
  options: z.array(Option).default([]).describe(
    "GMCR: yes/no options; declaration order is bit order (first option = least significant bit)."
  ),
  /** GMCR: conditions describing infeasible states. */
  infeasible: z.array(Infeasible).default([]).describe("GMCR: conditions describing infeasible states."),
  /** GMCR: actor id → preference. Every actor that owns an option needs one. */
  preferences: z.record(Id, Preference).default({}).describe("GMCR: actor id \u2192 preference. Every actor that owns an option needs one."),
  /** GMCR: a default partition of the actors into coalitions, e.g. `[[usa, rok], [dprk]]`. */
  coalitions: z.array(z.array(Id).min(1)).optional().describe(
    "GMCR: a partition of the option-owning actors into coalitions, e.g. [[usa, rok], [dprk]]."
  )
});
var quantityValue = (q) => typeof q === "number" ? q : q.value;

// packages/model/src/didYouMean.ts
function editDistance(a, b) {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prevPrev = new Array(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, prevPrev[j - 2] + 1);
      }
      row[j] = best;
    }
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[b.length];
}
function closestMatch(word, candidates) {
  const lower = word.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const limit = Math.max(1, Math.floor(Math.max(word.length, candidate.length) / 3));
    const d = editDistance(lower, candidate.toLowerCase());
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function didYouMean(word, candidates) {
  const match = closestMatch(word, candidates);
  return match === void 0 ? void 0 : `did you mean \`${match}\`?`;
}

// packages/model/src/statement/tokenizeStatement.ts
var ID_START = /[A-Za-z]/;
var ID_CHAR = /[A-Za-z0-9_.-]/;
var SYMBOLS = {
  "&": "and",
  "|": "or",
  "!": "not",
  "(": "lparen",
  ")": "rparen"
};
var FOREIGN = {
  "-": 'negation is written `!` (GMCR+ writes `-1` for "not option 1"; here write `!option_id`)',
  "~": "negation is written `!`, e.g. `!lift_sanctions`",
  "\xAC": "negation is written `!`, e.g. `!lift_sanctions`",
  "\u2227": "conjunction is written `&`",
  "\u2228": "disjunction is written `|`",
  "=": "implication is written `q if p` (q holds whenever p does); equivalence is `q iff p`",
  ">": "implication is written `q if p` (q holds whenever p does)",
  "<": "equivalence is written `q iff p`",
  ",": "combine options with `&` (and) or `|` (or); GMCR+ `1, -3` is written `a & !c`",
  "[": "group with round parentheses `(` `)`",
  "]": "group with round parentheses `(` `)`",
  "{": "group with round parentheses `(` `)`",
  "}": "group with round parentheses `(` `)`"
};
function tokenizeStatement(text) {
  const tokens = [];
  const diagnostics = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c in SYMBOLS) {
      tokens.push({ kind: SYMBOLS[c], text: c, start: i });
      i++;
    } else if (ID_START.test(c)) {
      const end = scanWord(text, i);
      const word = text.slice(i, end);
      const lower = word.toLowerCase();
      const kind = lower === "if" ? "if" : lower === "iff" ? "iff" : "id";
      tokens.push({ kind, text: word, start: i });
      i = end;
    } else if (/[0-9_]/.test(c)) {
      const end = scanWord(text, i);
      const word = text.slice(i, end);
      diagnostics.push(
        syntaxError(
          i,
          `\`${word}\` is not an option id: ids start with a letter`,
          /^[0-9]+$/.test(word) ? "GMCR+ numbers its options; Parley refers to an option by its id, e.g. `lift_sanctions`" : "option ids start with a letter, then letters, digits, `_`, `-` or `.`"
        )
      );
      i = end;
    } else {
      const codePoint = String.fromCodePoint(text.codePointAt(i));
      diagnostics.push(
        syntaxError(
          i,
          `unexpected character '${codePoint}'`,
          FOREIGN[codePoint] ?? "statements use option ids, `&` (and), `|` (or), `!` (not), `if`, `iff` and parentheses"
        )
      );
      i += codePoint.length;
    }
  }
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, tokens };
}
function scanWord(text, from) {
  let end = from + 1;
  while (end < text.length && ID_CHAR.test(text[end])) end++;
  return end;
}
function syntaxError(offset, message, hint) {
  return { code: "statement-syntax", severity: "error", path: "", col: offset + 1, message, hint };
}

// packages/model/src/statement/parseStatement.ts
var MAX_STATEMENT_DEPTH = 64;
function parseStatement(text) {
  const tokenized = tokenizeStatement(text);
  if (!tokenized.ok) return tokenized;
  if (tokenized.tokens.length === 0) {
    const hint = "write an option id, e.g. `lift_sanctions`, or a combination such as `a & !b`";
    return { ok: false, diagnostics: [syntaxError(0, "the statement is empty", hint)] };
  }
  try {
    return { ok: true, expr: new Parser(tokenized.tokens, text.length).parseAll() };
  } catch (error) {
    if (error instanceof StatementSyntaxError)
      return { ok: false, diagnostics: [error.diagnostic] };
    throw error;
  }
}
var StatementSyntaxError = class extends Error {
  constructor(diagnostic) {
    super(diagnostic.message);
    this.diagnostic = diagnostic;
  }
  diagnostic;
};
var fail = (offset, message, hint) => {
  throw new StatementSyntaxError(syntaxError(offset, message, hint));
};
var show = (t) => t.kind === "id" ? `\`${t.text}\`` : `'${t.text}'`;
var isWord = (t, ...words) => t?.kind === "id" && words.includes(t.text.toLowerCase());
var Parser = class {
  constructor(tokens, length) {
    this.tokens = tokens;
    this.length = length;
  }
  tokens;
  length;
  pos = 0;
  depth = 0;
  parseAll() {
    const expr = this.parseImpl();
    const extra = this.peek();
    if (extra) this.unexpectedAfterOperand(extra);
    return expr;
  }
  peek() {
    return this.tokens[this.pos];
  }
  parseImpl() {
    const left = this.parseOr();
    const op = this.peek();
    if (op?.kind !== "if" && op?.kind !== "iff") return left;
    this.pos++;
    const right = this.parseOr();
    const again = this.peek();
    if (again?.kind === "if" || again?.kind === "iff") {
      fail(
        again.start,
        `'${op.text}' and '${again.text}' cannot be chained`,
        "add parentheses to say which comes first, e.g. `(a if b) if c` or `a if (b if c)`"
      );
    }
    return op.kind === "if" ? { kind: "if", consequent: left, antecedent: right } : { kind: "iff", left, right };
  }
  parseOr() {
    const first = this.parseAnd();
    const operands = [first];
    while (this.peek()?.kind === "or") {
      this.pos++;
      operands.push(this.parseAnd());
    }
    return operands.length === 1 ? first : { kind: "or", operands };
  }
  parseAnd() {
    const first = this.parseUnary();
    const operands = [first];
    while (this.peek()?.kind === "and") {
      this.pos++;
      operands.push(this.parseUnary());
    }
    return operands.length === 1 ? first : { kind: "and", operands };
  }
  parseUnary() {
    const token = this.peek();
    if (token === void 0) return this.missingOperandAtEnd();
    if (token.kind === "id") {
      this.pos++;
      return { kind: "option", option: token.text };
    }
    if (token.kind === "not") {
      this.pos++;
      return this.nested(token, () => ({ kind: "not", operand: this.parseUnary() }));
    }
    if (token.kind === "lparen") {
      this.pos++;
      return this.nested(token, () => this.parseGroup(token));
    }
    return this.misplacedOperator(token);
  }
  parseGroup(open) {
    if (this.peek()?.kind === "rparen") {
      fail(open.start, "empty parentheses", "put an expression inside `(` `)` or remove them");
    }
    const inner = this.parseImpl();
    const close = this.peek();
    if (close === void 0) {
      fail(open.start, "unclosed '('", "add ')' where the group ends");
    } else if (close.kind !== "rparen") {
      this.unexpectedAfterOperand(close);
    }
    this.pos++;
    return inner;
  }
  nested(token, parse) {
    if (++this.depth > MAX_STATEMENT_DEPTH) {
      fail(
        token.start,
        `the statement nests deeper than ${MAX_STATEMENT_DEPTH} levels`,
        "simplify it: split it into several statements or drop redundant parentheses"
      );
    }
    const expr = parse();
    this.depth--;
    return expr;
  }
  missingOperandAtEnd() {
    const previous = this.tokens[this.pos - 1];
    if (previous.kind === "lparen")
      return fail(previous.start, "unclosed '('", "add ')' where the group ends");
    return fail(
      this.length,
      `expected an option id after ${show(previous)}`,
      previous.kind === "if" || previous.kind === "iff" ? `write the condition after '${previous.text}', e.g. \`q ${previous.text} p\`` : `complete the expression after ${show(previous)} or remove it`
    );
  }
  /** An operator or ')' where an operand should start. */
  misplacedOperator(token) {
    const previous = this.tokens[this.pos - 1];
    if (token.kind === "rparen") {
      if (previous === void 0)
        fail(token.start, "unmatched ')'", "remove it or add '(' before it");
      return fail(
        token.start,
        `expected an option id after ${show(previous)}, found ')'`,
        `complete the expression before ')'`
      );
    }
    if (previous === void 0 || previous.kind === "lparen") {
      const what = token.kind === "if" || token.kind === "iff" ? "a consequent" : "an option";
      return fail(
        token.start,
        `${show(token)} needs ${what} on its left`,
        token.kind === "if" || token.kind === "iff" ? `GMCR+ order is consequent first: write \`q ${token.text} p\`` : `write an option id before ${show(token)}`
      );
    }
    const doubled = previous.kind === token.kind && (token.kind === "and" || token.kind === "or");
    return fail(
      token.start,
      `expected an option id after ${show(previous)}, found ${show(token)}`,
      doubled ? `write a single '${token.text}'` : `put an option id between ${show(previous)} and ${show(token)}`
    );
  }
  /** A token that cannot follow a complete operand: a second operand without an operator, or ')'. */
  unexpectedAfterOperand(token) {
    const previous = this.tokens[this.pos - 1];
    if (token.kind === "rparen")
      fail(token.start, "unmatched ')'", "remove it or add '(' before the group");
    let hint = "join them with `&` (and) or `|` (or)";
    if (isWord(token, "and") || isWord(previous, "and")) hint = 'write `&` for "and"';
    else if (isWord(token, "or") || isWord(previous, "or")) hint = 'write `|` for "or"';
    else if (isWord(previous, "not")) hint = `write \`!${token.text}\` for "not ${token.text}"`;
    else if (token.kind === "not") hint = "did you mean `& !\u2026`? join the parts with `&` or `|`";
    return fail(
      token.start,
      `expected an operator between ${show(previous)} and ${show(token)}`,
      hint
    );
  }
};

// packages/model/src/statement/evaluate.ts
function evaluate(expr, taken) {
  switch (expr.kind) {
    case "option":
      return taken(expr.option);
    case "not":
      return !evaluate(expr.operand, taken);
    case "and":
      return expr.operands.every((e) => evaluate(e, taken));
    case "or":
      return expr.operands.some((e) => evaluate(e, taken));
    case "if":
      return !evaluate(expr.antecedent, taken) || evaluate(expr.consequent, taken);
    case "iff":
      return evaluate(expr.left, taken) === evaluate(expr.right, taken);
  }
}

// packages/model/src/statement/compileExpr.ts
var UnknownOptionError = class extends Error {
  constructor(option) {
    super(`unknown option \`${option}\` (validate the scenario before compiling its statements)`);
    this.option = option;
    this.name = "UnknownOptionError";
  }
  option;
  code = "unknown-option";
};
function compileExpr(expr, index) {
  return mapOptions(expr, (id) => {
    const k = index.get(id);
    if (k === void 0) throw new UnknownOptionError(id);
    return k;
  });
}
function mapOptions(expr, f) {
  switch (expr.kind) {
    case "option":
      return { kind: "option", option: f(expr.option) };
    case "not":
      return { kind: "not", operand: mapOptions(expr.operand, f) };
    case "and":
    case "or":
      return { kind: expr.kind, operands: expr.operands.map((e) => mapOptions(e, f)) };
    case "if":
      return {
        kind: "if",
        consequent: mapOptions(expr.consequent, f),
        antecedent: mapOptions(expr.antecedent, f)
      };
    case "iff":
      return { kind: "iff", left: mapOptions(expr.left, f), right: mapOptions(expr.right, f) };
  }
}

// packages/model/src/scenario/parseScenario.ts
import { parseDocument } from "yaml";

// packages/model/src/scenario/formatPath.ts
var PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

// packages/model/src/scenario/diagnosticCollector.ts
var DiagnosticCollector = class {
  constructor(options = {}) {
    this.options = options;
  }
  options;
  diagnostics = [];
  error(report3) {
    this.add("error", report3);
  }
  warning(report3) {
    this.add("warning", report3);
  }
  add(severity, report3) {
    const where2 = report3.at ?? this.options.locate?.(report3.path, report3);
    this.diagnostics.push({
      code: report3.code,
      severity,
      path: formatPath(report3.path),
      ...this.options.file === void 0 ? {} : { file: this.options.file },
      ...where2 ? { line: where2.line, col: where2.col } : {},
      message: report3.message,
      ...report3.hint === void 0 ? {} : { hint: report3.hint }
    });
  }
};

// packages/model/src/scenario/describeValue.ts
var clip = (s, max = 40) => s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "an empty value (null)";
  if (typeof value === "string")
    return value === "" ? "empty text" : `the text ${JSON.stringify(clip(value))}`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `\`${value}\``;
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (value instanceof Date) return "a date (dates are written as quoted text)";
  if (value instanceof Uint8Array) return "binary data";
  if (typeof value === "object") return "a mapping";
  return `a ${typeof value}`;
}
var EXPECTED = {
  number: "a number",
  string: "text",
  boolean: "`true` or `false`",
  object: "a mapping (`key: value` lines or `{\u2026}`)",
  record: "a mapping (`key: value` lines or `{\u2026}`)",
  array: "a list",
  tuple: "a list",
  null: "an empty value"
};
function describeExpected(type) {
  return EXPECTED[type] ?? `a ${type}`;
}
function joinOr(items) {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
function valueAt(data, path) {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return void 0;
    const record2 = current;
    if (!Object.prototype.hasOwnProperty.call(record2, segment)) return void 0;
    current = record2[segment];
  }
  return current;
}
function isMissingKey(data, path) {
  if (path.length === 0) return false;
  const parent = valueAt(data, path.slice(0, -1));
  return parent !== null && typeof parent === "object" && !Array.isArray(parent) && !Object.prototype.hasOwnProperty.call(parent, path[path.length - 1]);
}

// packages/model/src/scenario/schemaKeys.ts
var WRAPPERS = /* @__PURE__ */ new Set([
  "optional",
  "default",
  "prefault",
  "nullable",
  "readonly",
  "nonoptional",
  "catch"
]);
function alternatives(schema, depth = 0) {
  const def = schema._zod.def;
  if (depth > 20) return [];
  if (WRAPPERS.has(def.type) && def.innerType) return alternatives(def.innerType, depth + 1);
  if (def.type === "pipe" && def.in) return alternatives(def.in, depth + 1);
  if (def.type === "union" && def.options)
    return def.options.flatMap((o) => alternatives(o, depth + 1));
  return [schema];
}
function child(schema, segment) {
  const def = schema._zod.def;
  if (def.type === "object" && typeof segment === "string") return def.shape?.[segment];
  if (def.type === "record") return def.valueType;
  if (def.type === "array" && typeof segment === "number") return def.element;
  if (def.type === "tuple" && typeof segment === "number") return def.items?.[segment];
  return void 0;
}
function schemasAt(root, path) {
  let current = alternatives(root);
  for (const segment of path) {
    current = current.flatMap((s) => {
      const next = child(s, segment);
      return next ? alternatives(next) : [];
    });
  }
  return current;
}
function allowedKeysAt(root, path) {
  const keys = /* @__PURE__ */ new Set();
  for (const schema of schemasAt(root, path)) {
    const def = schema._zod.def;
    if (def.type === "object") Object.keys(def.shape ?? {}).forEach((k) => keys.add(k));
  }
  return [...keys];
}

// packages/model/src/scenario/schemaDiagnostics.ts
function reportSchemaIssues(issues, data, out, schema = ScenarioSchema) {
  const ctx = { data, schema, out };
  for (const issue of issues) report(ctx, issue, []);
}
var toPath = (prefix, path) => [
  ...prefix,
  ...path.map((p) => typeof p === "number" ? p : String(p))
];
var where = (path) => path.length === 0 ? "at the top level" : `in ${formatPath(path)}`;
function report(ctx, issue, prefix) {
  const path = toPath(prefix, issue.path);
  if (isMissingKey(ctx.data, path)) return missingKey(ctx, path, expectedOf(issue));
  switch (issue.code) {
    case "unrecognized_keys":
      return unknownKeys(ctx, path, issue.keys);
    case "invalid_type":
      return wrongType(ctx, path, [issue.expected]);
    case "invalid_union":
      return union2(ctx, path, issue.errors);
    case "invalid_value":
      return invalidValue(ctx, path, issue.values);
    case "invalid_format":
      return invalidFormat(ctx, path, issue.message, issue.format);
    case "invalid_key":
      return invalidKey(ctx, path, issue.issues[0]?.message ?? issue.message);
    case "too_small":
    case "too_big":
      return size(ctx, path, issue);
    default:
      ctx.out.error({ code: "invalid-value", path, message: issue.message });
  }
}
function unknownKeys(ctx, path, keys) {
  const allowed = allowedKeysAt(ctx.schema, path);
  for (const key of keys) {
    ctx.out.error({
      code: "unknown-key",
      path: [...path, key],
      key: true,
      message: `unknown key \`${key}\` ${where(path)}`,
      hint: didYouMean(key, allowed) ?? `allowed keys here: ${allowed.join(", ")}`
    });
  }
}
function expectedOf(issue) {
  if (issue.code === "invalid_type") return describeExpected(issue.expected);
  if (issue.code === "invalid_value") return joinOr(issue.values.map((v) => `\`${String(v)}\``));
  if (issue.code === "invalid_union") {
    const types = issue.errors.flatMap(
      (alt) => alt.flatMap((i) => i.code === "invalid_type" ? [i.expected] : [])
    );
    return joinOr([...new Set(types)].map(describeExpected));
  }
  return "a value";
}
function missingKey(ctx, path, expected) {
  const key = String(path[path.length - 1]);
  const parent = path.slice(0, -1);
  ctx.out.error({
    code: "missing-key",
    path: parent,
    message: `missing key \`${key}\` ${where(parent)}`,
    hint: key === "parley" && parent.length === 0 ? "start the file with `parley: 1`" : `add \`${key}:\` with ${expected}`
  });
}
function wrongType(ctx, path, expectedTypes, hint) {
  const value = valueAt(ctx.data, path);
  const expected = joinOr([...new Set(expectedTypes)].map(describeExpected));
  ctx.out.error({
    code: "wrong-type",
    path,
    message: `expected ${expected}, found ${describeValue(value)}`,
    hint: typeHint(expectedTypes, value, path) ?? hint
  });
}
function typeHint(expected, value, path) {
  if (path.length === 0) return "a scenario is a mapping that starts with `parley: 1`";
  if (value === null) return "the value is empty: write one after the colon, or delete the key";
  if (typeof value === "string") {
    if (expected.includes("number") && value.trim() !== "" && !Number.isNaN(Number(value)))
      return `remove the quotes: write ${value.trim()}, not "${value}"`;
    if (expected.includes("boolean") && /^(yes|no|true|false|on|off|y|n)$/i.test(value))
      return "write `true` or `false`, without quotes";
  }
  if (expected.includes("string") && (typeof value === "number" || typeof value === "boolean"))
    return `quote it: "${String(value)}"`;
  if (expected.includes("array") && !Array.isArray(value))
    return "write a list: `[a, b]` or one `- item` per line";
  return void 0;
}
var typeMismatch = (issues) => issues.some((i) => i.path.length === 0 && i.code === "invalid_type");
function union2(ctx, path, alternatives2) {
  const matching = alternatives2.filter((issues) => !typeMismatch(issues));
  if (matching.length > 0) {
    const best = matching.reduce((a, b) => b.length < a.length ? b : a);
    for (const issue of best) report(ctx, issue, path);
    return;
  }
  const expected = alternatives2.flatMap(
    (issues) => issues.flatMap((i) => i.path.length === 0 && i.code === "invalid_type" ? [i.expected] : [])
  );
  wrongType(ctx, path, expected, unionHint(ctx, path));
}
function unionHint(ctx, path) {
  const keys = allowedKeysAt(ctx.schema, path);
  if (keys.includes("value")) return "write a plain number, or `{value: 42, source: <source id>}`";
  if (keys.includes("statement"))
    return 'write the statement as text, or `{statement: "\u2026", source: <source id>}`';
  if (keys.includes("when")) return 'write the condition as text, or `{when: "\u2026", reason: "\u2026"}`';
  return void 0;
}
function invalidValue(ctx, path, values) {
  const value = valueAt(ctx.data, path);
  if (path.length === 1 && path[0] === "parley") {
    ctx.out.error({
      code: "unsupported-version",
      path,
      message: `unsupported scenario format version ${typeof value === "number" ? value : describeValue(value)}: this Parley reads \`parley: 1\``,
      hint: "set `parley: 1`"
    });
    return;
  }
  const names = values.map((v) => `\`${String(v)}\``);
  ctx.out.error({
    code: "invalid-value",
    path,
    message: `expected ${joinOr(names)}, found ${describeValue(value)}`,
    hint: typeof value === "string" ? didYouMean(value, values.map(String)) : void 0
  });
}
function invalidFormat(ctx, path, message, format) {
  const value = valueAt(ctx.data, path);
  const isId = format === "regex" && message.startsWith("ids start");
  ctx.out.error({
    code: isId ? "invalid-id" : "invalid-format",
    path,
    message: isId ? `${describeValue(value)} is not a valid id` : message,
    hint: isId ? `${message}, e.g. \`lift_sanctions\`` : void 0
  });
}
function invalidKey(ctx, path, message) {
  ctx.out.error({
    code: "invalid-id",
    path,
    key: true,
    message: `key \`${String(path[path.length - 1])}\` ${where(path.slice(0, -1))} is not a valid id`,
    hint: message
  });
}
function size(ctx, path, issue) {
  const small = issue.code === "too_small";
  const bound = Number(
    small ? issue.minimum : issue.maximum
  );
  const name = path.length === 0 ? "the scenario" : `\`${formatPath(path)}\``;
  if (issue.origin === "string" && small && bound === 1) {
    ctx.out.error({ code: "empty-value", path, message: `${name} must not be empty` });
  } else if (issue.origin === "array" || issue.origin === "set") {
    const items = `${bound} item${bound === 1 ? "" : "s"}`;
    ctx.out.error({
      code: small ? "too-few-items" : "too-many-items",
      path,
      message: `${name} needs ${small ? "at least" : "at most"} ${items}`
    });
  } else {
    ctx.out.error({
      code: "out-of-range",
      path,
      message: `${name} must be ${small ? "at least" : "at most"} ${bound}, found ${describeValue(valueAt(ctx.data, path))}`
    });
  }
}

// packages/model/src/scenario/nestingDepth.ts
var MAX_NESTING = 120;
function nestingDepth(text) {
  const flow = flowDepth(text);
  const block = blockDepth(text);
  return {
    depth: flow.depth + block.levels + block.compact,
    offset: flow.depth > 0 ? flow.offset : block.offset
  };
}
function flowDepth(text) {
  let depth = 0;
  let max = 0;
  let offset = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") i = skipQuoted(text, i);
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) i = lineEnd(text, i) - 1;
    else if (c === "[" || c === "{") {
      depth++;
      if (depth > max) [max, offset] = [depth, i];
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return { depth: max, offset };
}
function skipQuoted(text, start) {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === "\\") i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}
function lineEnd(text, from) {
  const n = text.indexOf("\n", from);
  return n < 0 ? text.length : n;
}
function blockDepth(text) {
  const open = [];
  let levels = 0;
  let compact = 0;
  let offset = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const end = lineEnd(text, lineStart);
    const line = text.slice(lineStart, end);
    const indent = line.length - line.trimStart().length;
    if (line.trim() !== "" && !line.trimStart().startsWith("#")) {
      while (open.length > 0 && indent < open[open.length - 1]) open.pop();
      if (open.length === 0 || indent > open[open.length - 1]) open.push(indent);
      const run = /^(?:[-?:](?:[ \t]+|$))*/.exec(line.slice(indent))[0];
      const indicators = run.replace(/[ \t]/g, "").length;
      if (open.length > levels) [levels, offset] = [open.length, lineStart];
      if (indicators > compact) compact = indicators;
    }
    lineStart = end + 1;
  }
  return { levels, compact, offset };
}

// packages/model/src/scenario/textPositions.ts
function positionsIn(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: at - starts[lo] + 1 };
  };
}

// packages/model/src/scenario/feasibleDecimals.ts
var MAX_OPTIONS = 30;
var LANE_PATTERNS = [2863311530, 3435973836, 4042322160, 4278255360, 4294901760];
function compileBlock(expr) {
  switch (expr.kind) {
    case "option": {
      const k = expr.option;
      if (k < 5) {
        const pattern = LANE_PATTERNS[k] | 0;
        return () => pattern;
      }
      return (base) => -(base >>> k & 1);
    }
    case "not": {
      const operand = compileBlock(expr.operand);
      return (base) => ~operand(base);
    }
    case "and": {
      const parts = expr.operands.map(compileBlock);
      return (base) => parts.reduce((word, part) => word & part(base), -1);
    }
    case "or": {
      const parts = expr.operands.map(compileBlock);
      return (base) => parts.reduce((word, part) => word | part(base), 0);
    }
    case "if": {
      const p = compileBlock(expr.antecedent);
      const q = compileBlock(expr.consequent);
      return (base) => ~p(base) | q(base);
    }
    case "iff": {
      const l = compileBlock(expr.left);
      const r = compileBlock(expr.right);
      return (base) => ~(l(base) ^ r(base));
    }
  }
}
function checkArguments(optionCount, infeasible) {
  if (!Number.isInteger(optionCount) || optionCount < 0 || optionCount > MAX_OPTIONS) {
    throw new RangeError(`optionCount must be an integer in 0..${MAX_OPTIONS}, got ${optionCount}`);
  }
  const check = (e) => {
    if (e.kind === "option" && !(Number.isInteger(e.option) && e.option >= 0 && e.option < optionCount)) {
      throw new RangeError(
        `condition names option ${e.option}, but there are ${optionCount} options`
      );
    }
    if (e.kind === "not") check(e.operand);
    else if (e.kind === "and" || e.kind === "or") e.operands.forEach(check);
    else if (e.kind === "if") [e.consequent, e.antecedent].forEach(check);
    else if (e.kind === "iff") [e.left, e.right].forEach(check);
  };
  infeasible.forEach(check);
}
function scanFeasible(optionCount, infeasible, visit) {
  checkArguments(optionCount, infeasible);
  const conditions = infeasible.map(compileBlock);
  const total = 2 ** optionCount;
  const validLanes = total >= 32 ? -1 : (1 << total) - 1;
  for (let base = 0; base < total; base += 32) {
    let blocked = 0;
    for (const condition of conditions) blocked |= condition(base);
    const mask = ~blocked & validLanes;
    if (mask !== 0) visit(base, mask);
  }
}
function feasibleDecimals(optionCount, infeasible) {
  const out = [];
  scanFeasible(optionCount, infeasible, (base, mask) => {
    for (let lanes = mask; lanes !== 0; lanes &= lanes - 1)
      out.push(base + 31 - Math.clz32(lanes & -lanes));
  });
  return out;
}
function countFeasible(optionCount, infeasible) {
  let count = 0;
  scanFeasible(optionCount, infeasible, (_base, mask) => {
    for (let lanes = mask; lanes !== 0; lanes &= lanes - 1) count++;
  });
  return count;
}
function ynFromDecimal(decimal, optionCount) {
  let out = "";
  for (let k = 0; k < optionCount; k++) out += decimal >>> k & 1 ? "Y" : "N";
  return out;
}
function stateFromYN(yn) {
  if (yn.length > MAX_OPTIONS || !/^[YN]*$/.test(yn)) return void 0;
  let decimal = 0;
  for (let k = yn.length - 1; k >= 0; k--) decimal = decimal * 2 + (yn[k] === "Y" ? 1 : 0);
  return decimal;
}

// packages/model/src/scenario/compileScenario.ts
var ScenarioCompileError = class extends Error {
  code = "invalid-scenario";
  constructor(message) {
    super(`${message} (validate the scenario with parseScenario or validateScenario first)`);
    this.name = "ScenarioCompileError";
  }
};
var statementText = (s) => typeof s === "string" ? s : s.statement;
var conditionText = (c) => typeof c === "string" ? c : c.when;
function optionIndexOf(scenario) {
  return new Map(scenario.options.map((o, k) => [o.id, k]));
}
function compileCondition(text, index) {
  const parsed = parseStatement(text);
  if (!parsed.ok)
    throw new ScenarioCompileError(`statement \`${text}\`: ${parsed.diagnostics[0].message}`);
  return compileExpr(parsed.expr, index);
}
function compileInfeasible(scenario) {
  const index = optionIndexOf(scenario);
  return scenario.infeasible.map((c) => compileCondition(conditionText(c), index));
}
function statusQuoDecimal(scenario) {
  return scenario.options.reduce((decimal, o, k) => o.statusQuo ? decimal + 2 ** k : decimal, 0);
}

// packages/model/src/scenario/validationContext.ts
function listNames(names, max = 8) {
  const shown = names.slice(0, max).map((n) => `\`${n}\``);
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(", ");
}

// packages/model/src/scenario/checkFeasibility.ts
var ENUMERATION_LIMIT = 24;
var LIST_MISSING_LIMIT = 16;
function checkFeasibility(ctx) {
  const n = ctx.scenario.options.length;
  if (n === 0) return;
  if (n > MAX_OPTIONS) {
    ctx.out.error({
      code: "too-many-options",
      path: ["options"],
      key: true,
      message: `${n} options make 2^${n} states, more than Parley can number (at most ${MAX_OPTIONS} options)`,
      hint: "split the conflict into smaller models or merge options"
    });
    return;
  }
  const infeasible = compileInfeasible(ctx.scenario);
  const violated = (decimal) => infeasible.findIndex((c) => evaluate(c, (k) => (decimal >>> k & 1) === 1));
  let count;
  if (n > ENUMERATION_LIMIT) {
    ctx.out.warning({
      code: "many-options",
      path: ["options"],
      key: true,
      message: `${n} options make 2^${n} states: validation does not enumerate them, and GMCR analysis will be slow`
    });
  } else {
    count = countFeasible(n, infeasible);
    if (count === 0) {
      ctx.out.error({
        code: "no-feasible-states",
        path: ["infeasible"],
        key: true,
        message: `no state is feasible: the conditions exclude all 2^${n} states`,
        hint: "a condition describes states to remove; check for one that is always true, e.g. `a | !a`"
      });
      return;
    }
  }
  checkStatusQuo(ctx, violated);
  for (const [actor, preference] of Object.entries(ctx.scenario.preferences)) {
    if (preference.ranking) checkRanking(ctx, actor, preference, { infeasible, violated, count });
  }
}
function describeCondition(ctx, index) {
  const c = ctx.scenario.infeasible[index];
  return `infeasible[${index}] \`${conditionText(c)}\``;
}
function checkStatusQuo(ctx, violated) {
  const statusQuo = statusQuoDecimal(ctx.scenario);
  const condition = violated(statusQuo);
  if (condition < 0) return;
  const taken = ctx.scenario.options.filter((o) => o.statusQuo).map((o) => o.id);
  ctx.out.error({
    code: "infeasible-status-quo",
    path: ["options"],
    key: true,
    message: `the status quo ${ynFromDecimal(statusQuo, ctx.scenario.options.length)} (${taken.length > 0 ? `taken: ${listNames(taken)}` : "no option taken"}) is infeasible: it meets ${describeCondition(ctx, condition)}`,
    hint: "change the `statusQuo` of an option, or the condition"
  });
}
function checkRanking(ctx, actor, preference, f) {
  const n = ctx.scenario.options.length;
  const ids = ctx.scenario.options.map((o) => o.id);
  const base = ["preferences", actor, "ranking"];
  const seen = /* @__PURE__ */ new Map();
  const visit = (yn, path) => {
    const decimal = stateFromYN(yn);
    if (decimal === void 0 || yn.length !== n) {
      ctx.out.error({
        code: "ranking-bad-state",
        path,
        message: decimal === void 0 ? `\`${yn}\` is not a state: use only the letters Y and N` : `\`${yn}\` has ${yn.length} letter${yn.length === 1 ? "" : "s"} but there ${n === 1 ? "is 1 option" : `are ${n} options`}`,
        hint: `write one Y or N per option, in declaration order: ${listNames(ids, 12)}`
      });
      return;
    }
    const condition = f.violated(decimal);
    if (condition >= 0) {
      ctx.out.error({
        code: "ranking-infeasible-state",
        path,
        message: `\`${yn}\` is infeasible: it meets ${describeCondition(ctx, condition)}`,
        hint: "rankings list only feasible states: remove it"
      });
    } else if (seen.has(decimal)) {
      ctx.out.error({
        code: "ranking-duplicate-state",
        path,
        message: `\`${yn}\` is ranked twice (also at ${seen.get(decimal)})`,
        hint: "rank each state once; states that are equally preferred go in one tie group `[YN, NY]`"
      });
    } else {
      seen.set(decimal, `ranking[${path.slice(base.length).join("][")}]`);
    }
  };
  preference.ranking.forEach((entry, i) => {
    if (typeof entry === "string") visit(entry, [...base, i]);
    else entry.forEach((yn, j) => visit(yn, [...base, i, j]));
  });
  if (f.count === void 0 || seen.size >= f.count) return;
  const missing = f.count - seen.size;
  const listed = n <= LIST_MISSING_LIMIT ? `: ${listNames(
    feasibleDecimals(n, f.infeasible).filter((d) => !seen.has(d)).map((d) => ynFromDecimal(d, n)),
    6
  )}` : "";
  ctx.out.error({
    code: "ranking-missing-states",
    path: base,
    key: true,
    message: `the ranking of \`${actor}\` misses ${missing} feasible state${missing === 1 ? "" : "s"}${listed}`,
    hint: `an explicit ranking orders every feasible state (${f.count} here); or use prioritized \`statements\` instead`
  });
}

// packages/model/src/scenario/checkNumbers.ts
function checkNumbers(ctx) {
  checkActors(ctx);
  checkIssues(ctx);
  checkDates(ctx);
}
var hasProvenance = (p) => p !== void 0 && (p.source !== void 0 || p.judgement === true);
var valuePath = (q, path) => typeof q === "number" ? path : [...path, "value"];
function checkRange(ctx, q, path) {
  if (typeof q === "number" || !q.range) return;
  const [low, high] = q.range;
  if (low > high) {
    ctx.out.error({
      code: "range-reversed",
      path: [...path, "range"],
      message: `range [${low}, ${high}] is reversed`,
      hint: `write the low end first: [${high}, ${low}]`
    });
  } else if (q.value < low || q.value > high) {
    ctx.out.error({
      code: "range-excludes-value",
      path: [...path, "range"],
      message: `range [${low}, ${high}] does not contain the value ${q.value}`,
      hint: "the range is the plausible interval around the value: widen it or correct the value"
    });
  }
}
function checkBounds(ctx, q, path, bounds) {
  const outside = (x) => x < bounds.min || x > bounds.max;
  const span = `${bounds.min}\u2013${bounds.max}`;
  if (outside(quantityValue(q))) {
    ctx.out.error({
      code: bounds.code,
      path: valuePath(q, path),
      message: `${bounds.what} ${quantityValue(q)} is outside ${span}`,
      hint: `use a value from ${bounds.min} to ${bounds.max}`
    });
  } else if (typeof q !== "number" && q.range && q.range.some(outside)) {
    ctx.out.error({
      code: bounds.code,
      path: [...path, "range"],
      message: `range [${q.range.join(", ")}] of the ${bounds.what} reaches outside ${span}`,
      hint: `keep the range within ${bounds.min} to ${bounds.max}`
    });
  }
}
function warnUnsourced(ctx, q, path, what, covered) {
  if (covered || Object.keys(ctx.scenario.sources).length === 0) return;
  if (typeof q !== "number" && hasProvenance(q)) return;
  const v = quantityValue(q);
  ctx.out.warning({
    code: "unsourced-number",
    path,
    message: `${what} has no source and is not marked as judgement`,
    hint: `write \`{value: ${v}, source: <source id>}\` or \`{value: ${v}, judgement: true}\` (a source on the enclosing entry covers all its numbers)`
  });
}
function checkActors(ctx) {
  ctx.scenario.actors.forEach((actor, i) => {
    const covered = hasProvenance(actor);
    if (actor.capability !== void 0) {
      const path = ["actors", i, "capability"];
      checkRange(ctx, actor.capability, path);
      const q = actor.capability;
      const lowest = Math.min(quantityValue(q), ...typeof q === "number" ? [] : q.range ?? []);
      if (lowest < 0) {
        ctx.out.error({
          code: "negative-capability",
          path: quantityValue(q) < 0 ? valuePath(q, path) : [...path, "range"],
          message: `capability of \`${actor.id}\` is negative (${lowest})`,
          hint: "capability is a non-negative strength, on any scale you like"
        });
      }
      warnUnsourced(ctx, actor.capability, path, `capability of \`${actor.id}\``, covered);
    }
    for (const [name, q] of Object.entries(actor.indicators ?? {})) {
      const path = ["actors", i, "indicators", name];
      checkRange(ctx, q, path);
      warnUnsourced(ctx, q, path, `indicator \`${name}\` of \`${actor.id}\``, covered);
    }
  });
}
function checkIssues(ctx) {
  ctx.scenario.issues.forEach((issue, i) => {
    const { min, max } = issue.scale;
    const scaleOk = min < max;
    if (!scaleOk) {
      ctx.out.error({
        code: "scale-reversed",
        path: ["issues", i, "scale"],
        message: `scale of \`${issue.id}\` runs from ${min} to ${max}: min must be below max`,
        hint: "`min` is the `low` end and `max` the `high` end; the default scale is 0\u2013100"
      });
    }
    const entries = Object.entries(issue.positions);
    for (const [actor, p] of entries) {
      const path = ["issues", i, "positions", actor];
      const covered = hasProvenance(issue) || hasProvenance(p);
      checkRange(ctx, p.position, [...path, "position"]);
      checkRange(ctx, p.salience, [...path, "salience"]);
      if (scaleOk) {
        const bounds = { min, max, code: "position-out-of-scale", what: "position" };
        checkBounds(ctx, p.position, [...path, "position"], bounds);
      }
      const salience = { min: 0, max: 100, code: "salience-out-of-range", what: "salience" };
      checkBounds(ctx, p.salience, [...path, "salience"], salience);
      const on = `of \`${actor}\` on \`${issue.id}\``;
      warnUnsourced(ctx, p.position, [...path, "position"], `position ${on}`, covered);
      warnUnsourced(ctx, p.salience, [...path, "salience"], `salience ${on}`, covered);
    }
    if (entries.length < 2) {
      ctx.out.warning({
        code: "few-positions",
        path: ["issues", i, "positions"],
        key: true,
        message: `issue \`${issue.id}\` has ${entries.length === 0 ? "no positions" : "only one position"}: forecasting needs at least two actors`,
        hint: "add the positions of the other actors involved"
      });
    }
  });
}
var ISO_DATE = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
function checkDates(ctx) {
  const check = (value, path) => {
    if (value === void 0 || ISO_DATE.test(value.trim())) return;
    ctx.out.warning({
      code: "not-iso-date",
      path,
      message: `${JSON.stringify(value)} is not an ISO 8601 date`,
      hint: "write dates as `2018-06-12`, `2018-06` or `2018`"
    });
  };
  check(ctx.scenario.asOf, ["asOf"]);
  for (const [id, source] of Object.entries(ctx.scenario.sources)) {
    check(source.date, ["sources", id, "date"]);
    check(source.accessed, ["sources", id, "accessed"]);
  }
}

// packages/model/src/scenario/checkPreferences.ts
function checkPreferences(ctx) {
  const { scenario, out, owners } = ctx;
  for (const [actor, options] of owners) {
    if (!ctx.actorIds.has(actor) || Object.hasOwn(scenario.preferences, actor)) continue;
    out.error({
      code: "missing-preference",
      path: ["preferences"],
      key: true,
      message: `actor \`${actor}\` owns ${listNames(options, 4)} but has no preference`,
      hint: `add \`${actor}:\` under \`preferences:\` with prioritized \`statements:\` or an explicit \`ranking:\``
    });
  }
  for (const [actor, preference] of Object.entries(scenario.preferences)) {
    const path = ["preferences", actor];
    const hasStatements = preference.statements !== void 0;
    const hasRanking = preference.ranking !== void 0;
    if (hasStatements === hasRanking) {
      out.error({
        code: "preference-kind",
        path,
        key: true,
        message: `the preference of \`${actor}\` has ${hasStatements ? "both `statements` and `ranking`" : "neither `statements` nor `ranking`"}`,
        hint: "give exactly one: prioritized `statements` (GMCR+ option prioritization) or an explicit `ranking`"
      });
    }
    if (ctx.actorIds.has(actor) && !owners.has(actor) && scenario.options.length > 0) {
      out.warning({
        code: "preference-without-options",
        path,
        key: true,
        message: `actor \`${actor}\` has a preference but owns no option, so the graph model ignores it`,
        hint: "give the actor an option (`owner: " + actor + "`) or remove the preference"
      });
    }
  }
  checkCoalitions(ctx);
}
function checkCoalitions(ctx) {
  const { scenario, out, owners } = ctx;
  if (!scenario.coalitions) return;
  const placed = /* @__PURE__ */ new Map();
  scenario.coalitions.forEach(
    (members, i) => members.forEach((actor, j) => {
      const earlier = placed.get(actor);
      if (earlier !== void 0) {
        out.error({
          code: "coalition-overlap",
          path: ["coalitions", i, j],
          message: `actor \`${actor}\` is already in coalitions[${earlier}]`,
          hint: "coalitions partition the decision makers: each belongs to exactly one"
        });
        return;
      }
      placed.set(actor, i);
      if (ctx.actorIds.has(actor) && !owners.has(actor)) {
        out.warning({
          code: "coalition-member-without-options",
          path: ["coalitions", i, j],
          message: `actor \`${actor}\` owns no option, so it is not a decision maker of the graph model`,
          hint: "remove it from the coalition"
        });
      }
    })
  );
  const left = [...owners.keys()].filter((actor) => ctx.actorIds.has(actor) && !placed.has(actor));
  if (left.length > 0) {
    out.error({
      code: "coalition-missing-actor",
      path: ["coalitions"],
      key: true,
      message: `the coalitions leave out ${listNames(left)}, which own${left.length === 1 ? "s" : ""} options`,
      hint: `coalitions partition the decision makers: add ${left.length === 1 ? "it" : "each"} to one, alone if need be (\`[${left[0]}]\`)`
    });
  }
}

// packages/model/src/scenario/checkReferences.ts
var RESERVED_WORDS = /* @__PURE__ */ new Set(["if", "iff"]);
function checkReferences(ctx) {
  checkUniqueIds(ctx);
  checkActorReferences(ctx);
  checkSourceReferences(ctx);
  warnUnusedActors(ctx);
}
function checkUniqueIds(ctx) {
  const { scenario, out } = ctx;
  const lists = [
    ["actors", "actor", scenario.actors],
    ["issues", "issue", scenario.issues],
    ["options", "option", scenario.options]
  ];
  for (const [key, kind, items] of lists) {
    const first = /* @__PURE__ */ new Map();
    items.forEach((item, i) => {
      const earlier = first.get(item.id);
      if (earlier === void 0) first.set(item.id, i);
      else {
        out.error({
          code: "duplicate-id",
          path: [key, i, "id"],
          message: `${kind} id \`${item.id}\` is already used by ${key}[${earlier}]`,
          hint: `give every ${kind} its own id`
        });
      }
    });
  }
  scenario.options.forEach((option, i) => {
    if (RESERVED_WORDS.has(option.id.toLowerCase())) {
      out.error({
        code: "reserved-option-id",
        path: ["options", i, "id"],
        message: `\`${option.id}\` is a reserved word of the statement language and cannot be an option id`,
        hint: "choose another id, e.g. `do_" + option.id + "`"
      });
    }
  });
}
function unknownActor(ctx, id, path, role, key = false) {
  if (ctx.actorIds.has(id)) return;
  ctx.out.error({
    code: "unknown-actor",
    path,
    key,
    message: `unknown actor \`${id}\` ${role}`,
    hint: didYouMean(id, ctx.actorIds) ?? `declared actors: ${listNames([...ctx.actorIds])}`
  });
}
function checkActorReferences(ctx) {
  const { scenario } = ctx;
  scenario.options.forEach(
    (o, i) => unknownActor(ctx, o.owner, ["options", i, "owner"], "as option owner")
  );
  scenario.issues.forEach((issue, i) => {
    for (const actor of Object.keys(issue.positions)) {
      unknownActor(
        ctx,
        actor,
        ["issues", i, "positions", actor],
        `has a position on \`${issue.id}\``,
        true
      );
    }
  });
  for (const actor of Object.keys(scenario.preferences)) {
    unknownActor(ctx, actor, ["preferences", actor], "has a preference", true);
  }
  scenario.coalitions?.forEach(
    (members, i) => members.forEach((actor, j) => unknownActor(ctx, actor, ["coalitions", i, j], "in a coalition"))
  );
}
function checkSourceReferences(ctx) {
  const declared = Object.keys(ctx.scenario.sources);
  const used = /* @__PURE__ */ new Set();
  const visit = (value, path) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, [...path, i]));
    if (value === null || typeof value !== "object") return;
    const record2 = value;
    if (typeof record2.source === "string") checkSource(record2.source, [...path, "source"]);
    else if (Array.isArray(record2.source)) {
      record2.source.forEach(
        (s, i) => typeof s === "string" && checkSource(s, [...path, "source", i])
      );
    }
    for (const [key, child2] of Object.entries(record2))
      if (key !== "source") visit(child2, [...path, key]);
  };
  const checkSource = (id, path) => {
    used.add(id);
    if (Object.hasOwn(ctx.scenario.sources, id)) return;
    ctx.out.error({
      code: "unknown-source",
      path,
      message: `unknown source \`${id}\``,
      hint: didYouMean(id, declared) ?? (declared.length === 0 ? `declare it under \`sources:\`, e.g. \`${id}: {title: "\u2026", url: "\u2026"}\`` : `declared sources: ${listNames(declared)}`)
    });
  };
  for (const [key, value] of Object.entries(ctx.scenario))
    if (key !== "sources") visit(value, [key]);
  for (const id of declared) {
    if (!used.has(id)) {
      ctx.out.warning({
        code: "unused-source",
        path: ["sources", id],
        key: true,
        message: `source \`${id}\` is never cited`,
        hint: "cite it with `source: " + id + "` next to the value it supports, or remove it"
      });
    }
  }
}
function warnUnusedActors(ctx) {
  const { scenario } = ctx;
  if (scenario.options.length === 0 && scenario.issues.length === 0) return;
  const positioned = new Set(scenario.issues.flatMap((issue) => Object.keys(issue.positions)));
  scenario.actors.forEach((actor, i) => {
    if (ctx.owners.has(actor.id) || positioned.has(actor.id)) return;
    ctx.out.warning({
      code: "unused-actor",
      path: ["actors", i],
      message: `actor \`${actor.id}\` owns no option and has no position on any issue, so no method uses it`,
      hint: "give it options or issue positions, or remove it"
    });
  });
}

// packages/model/src/scenario/checkStatements.ts
function checkStatements(ctx) {
  let ok = true;
  const check = (text, path) => {
    if (!checkText(ctx, text, path)) ok = false;
  };
  ctx.scenario.infeasible.forEach(
    (c, i) => check(conditionText(c), typeof c === "string" ? ["infeasible", i] : ["infeasible", i, "when"])
  );
  for (const [actor, preference] of Object.entries(ctx.scenario.preferences)) {
    preference.statements?.forEach((s, i) => {
      const path = ["preferences", actor, "statements", i];
      check(statementText(s), typeof s === "string" ? path : [...path, "statement"]);
    });
    preference.misperceived?.forEach((c, i) => check(c, ["preferences", actor, "misperceived", i]));
  }
  return ok;
}
function checkText(ctx, text, path) {
  const parsed = parseStatement(text);
  if (!parsed.ok) {
    for (const d of parsed.diagnostics) {
      ctx.out.error({
        code: d.code,
        path,
        offset: (d.col ?? 1) - 1,
        message: d.message,
        hint: d.hint
      });
    }
    return false;
  }
  const tokens = tokenizeStatement(text);
  if (!tokens.ok) return false;
  const optionIds = [...ctx.optionIndex.keys()];
  const reported = /* @__PURE__ */ new Set();
  for (const token of tokens.tokens) {
    if (token.kind !== "id" || ctx.optionIndex.has(token.text) || reported.has(token.text))
      continue;
    reported.add(token.text);
    ctx.out.error({
      code: "unknown-option",
      path,
      offset: token.start,
      message: `unknown option \`${token.text}\``,
      hint: didYouMean(token.text, optionIds) ?? (optionIds.length === 0 ? "the scenario declares no `options:`" : `declared options: ${listNames(optionIds)}`)
    });
  }
  return reported.size === 0;
}

// packages/model/src/scenario/validateScenario.ts
function validateScenario(scenario, options = {}) {
  const out = new DiagnosticCollector(options);
  const owners = /* @__PURE__ */ new Map();
  for (const option of scenario.options) {
    owners.set(option.owner, [...owners.get(option.owner) ?? [], option.id]);
  }
  const ctx = {
    scenario,
    out,
    actorIds: new Set(scenario.actors.map((a) => a.id)),
    optionIndex: optionIndexOf(scenario),
    owners
  };
  checkReferences(ctx);
  checkNumbers(ctx);
  const statementsOk = checkStatements(ctx);
  checkPreferences(ctx);
  const idsUnique = new Set(scenario.options.map((o) => o.id)).size === scenario.options.length;
  if (statementsOk && idsUnique) checkFeasibility(ctx);
  return out.diagnostics;
}

// packages/model/src/scenario/yamlLocator.ts
import { isAlias, isMap, isScalar, isSeq } from "yaml";

// packages/model/src/scenario/scalarOffset.ts
function scalarSourceOffset(source, node, valueOffset) {
  const range = node.range;
  if (!range) return 0;
  const [start, end] = range;
  const map = valueMap(source, node.type, start, end);
  if (map.length === 0) return start;
  if (valueOffset < 0) return map[0];
  if (valueOffset >= map.length) return Math.min(map[map.length - 1] + 1, end);
  return map[valueOffset];
}
function valueMap(source, type, start, end) {
  switch (type) {
    case "QUOTE_DOUBLE":
      return flowMap(source, start + 1, end - 1, "double");
    case "QUOTE_SINGLE":
      return flowMap(source, start + 1, end - 1, "single");
    case "BLOCK_LITERAL":
    case "BLOCK_FOLDED":
      return blockMap(source, start, end);
    default:
      return flowMap(source, start, end, "plain");
  }
}
var isBlank = (c) => c === " " || c === "	";
var isBreak = (c) => c === "\n" || c === "\r";
function flowMap(source, from, to, style) {
  const map = [];
  let i = from;
  while (i < to) {
    const c = source[i];
    if (isBreak(c)) {
      while (map.length > 0 && isBlank(source[map[map.length - 1]])) map.pop();
      i = fold(source, i, to, map);
    } else if (style === "double" && c === "\\") {
      i = escape(source, i, to, map);
    } else if (style === "single" && c === "'" && source[i + 1] === "'") {
      map.push(i);
      i += 2;
    } else {
      map.push(i);
      i++;
    }
  }
  return map;
}
function fold(source, at, to, map) {
  const breaks = [];
  let i = at;
  while (i < to && isBreak(source[i])) {
    breaks.push(i);
    i += source[i] === "\r" && source[i + 1] === "\n" ? 2 : 1;
    while (i < to && isBlank(source[i])) i++;
  }
  if (breaks.length === 1) map.push(breaks[0]);
  else map.push(...breaks.slice(1));
  return i;
}
var HEX_ESCAPE_LENGTH = { x: 2, u: 4, U: 8 };
function escape(source, at, to, map) {
  const kind = source[at + 1];
  if (kind === void 0 || at + 1 >= to) return at + 1;
  if (isBreak(kind)) {
    let i = at + 1;
    i += kind === "\r" && source[i + 1] === "\n" ? 2 : 1;
    while (i < to && isBlank(source[i])) i++;
    return i;
  }
  const hex = HEX_ESCAPE_LENGTH[kind];
  if (hex === void 0) {
    map.push(at);
    return at + 2;
  }
  const codePoint = parseInt(source.slice(at + 2, at + 2 + hex), 16);
  map.push(at);
  if (codePoint > 65535) map.push(at);
  return at + 2 + hex;
}
function blockMap(source, start, end) {
  const map = [];
  const headerEnd = source.indexOf("\n", start);
  if (headerEnd < 0 || headerEnd >= end) return map;
  const lines = [];
  let i = headerEnd + 1;
  while (i < end) {
    let next = source.indexOf("\n", i);
    if (next < 0 || next > end) next = end;
    lines.push({ from: i, to: next });
    i = next + 1;
  }
  const indent = blockIndent(source, start, headerEnd, lines);
  for (const line of lines) {
    for (let k = line.from + indent; k < line.to; k++) map.push(k);
    map.push(line.to);
  }
  return map;
}
function blockIndent(source, start, headerEnd, lines) {
  const explicit = /[1-9]/.exec(source.slice(start, headerEnd).split("#")[0]);
  if (explicit) {
    const lineStart = source.lastIndexOf("\n", start) + 1;
    let parent = 0;
    while (source[lineStart + parent] === " ") parent++;
    return parent + Number(explicit[0]);
  }
  const first = lines.find((l) => source.slice(l.from, l.to).trim() !== "");
  let indent = 0;
  while (first && source[first.from + indent] === " ") indent++;
  return indent;
}

// packages/model/src/scenario/yamlLocator.ts
function keyText(key) {
  if (isScalar(key)) return key.value === null ? "" : String(key.value);
  return void 0;
}
function yamlLocator(doc, source, position = positionsIn(source)) {
  return (path, target = {}) => {
    let node = doc.contents;
    if (!node?.range) return void 0;
    for (let i = 0; i < path.length; i++) {
      if (isAlias(node)) node = node.resolve(doc) ?? node;
      const next = step(node, path[i], target.key === true && i === path.length - 1);
      if (!next?.range) break;
      node = next;
    }
    if (target.offset !== void 0 && isScalar(node) && typeof node.value === "string") {
      return position(scalarSourceOffset(source, node, target.offset));
    }
    return position(node.range[0]);
  };
}
function step(node, segment, wantKey) {
  if (isMap(node)) {
    const pair = node.items.findLast((p) => keyText(p.key) === String(segment));
    if (!pair) return void 0;
    if (wantKey) return pair.key;
    return pair.value ?? pair.key;
  }
  if (isSeq(node) && typeof segment === "number") return node.items[segment];
  return void 0;
}

// packages/model/src/scenario/yamlProblems.ts
import {
  isAlias as isAlias2,
  isMap as isMap2,
  isPair,
  isScalar as isScalar2,
  isSeq as isSeq2
} from "yaml";
var SYNTAX_HINTS = {
  BAD_INDENT: "check the indentation: a nested key is indented further than its parent, with spaces",
  TAB_AS_INDENT: "indent with spaces, not tabs",
  MULTIPLE_DOCS: "a scenario file holds one document: remove the `---` separator and what follows",
  MISSING_CHAR: "a quote or bracket is not closed",
  BLOCK_AS_IMPLICIT_KEY: "put the nested mapping on its own, more indented lines",
  MULTILINE_IMPLICIT_KEY: "a key must fit on one line; quote long keys or check for a missing `:`",
  UNEXPECTED_TOKEN: "check the punctuation here: `:` after keys, `- ` before list items, matching brackets",
  BAD_SCALAR_START: "quote the value: text starting with `@`, `` ` `` or `%` must be quoted",
  BAD_DQ_ESCAPE: "inside double quotes write `\\\\` for a backslash, or use single quotes"
};
function reportYamlProblems(doc, position, out) {
  let fatal = false;
  for (const error of doc.errors) {
    if (error.code === "DUPLICATE_KEY") continue;
    fatal = true;
    out.error({
      code: "yaml-syntax",
      path: [],
      at: position(error.pos[0]),
      message: firstLine(error.message),
      hint: SYNTAX_HINTS[error.code] ?? "fix the syntax here (JSON input must be valid JSON)"
    });
  }
  for (const warning of doc.warnings) {
    out.warning({
      code: "yaml-warning",
      path: [],
      at: position(warning.pos[0]),
      message: firstLine(warning.message)
    });
  }
  if (reportStructure(doc, position, out)) fatal = true;
  return fatal;
}
var firstLine = (message) => message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "");
var MAX_ALIASES = 100;
function reportStructure(doc, position, out) {
  let fatal = false;
  const aliases = [];
  const stack = [{ node: doc.contents, path: [], parents: void 0 }];
  while (stack.length > 0) {
    const visit = stack.pop();
    const { node, path } = visit;
    const parents = { node, next: visit.parents };
    if (isAlias2(node)) aliases.push(visit);
    else if (isMap2(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = keyText(pair.key);
        if (key !== void 0 && seen.has(key)) {
          out.error({
            code: "duplicate-key",
            path: [...path, key],
            at: position(pair.key.range?.[0] ?? 0),
            message: `key \`${key}\` appears more than once ${path.length === 0 ? "at the top level" : `in ${formatPath(path)}`}`,
            hint: "keep one: readers disagree about which copy wins"
          });
        }
        if (key !== void 0) seen.add(key);
        if (!isScalar2(pair.key)) stack.push({ node: pair.key, path, parents });
        stack.push({ node: pair.value, path: [...path, key ?? "?"], parents });
      }
    } else if (isSeq2(node)) {
      node.items.forEach(
        (item, index) => stack.push({ node: item, path: [...path, index], parents })
      );
    }
  }
  if (aliases.length > MAX_ALIASES) {
    const first = aliases[0];
    out.error({
      code: "yaml-syntax",
      path: first.path,
      at: position(first.node.range?.[0] ?? 0),
      message: `the document uses ${aliases.length} aliases (\`*name\`); at most ${MAX_ALIASES} are allowed`,
      hint: "write the repeated values out, or reuse fewer anchors"
    });
    return true;
  }
  for (const { node, path, parents } of aliases) {
    if (aliasProblem(doc, node, path, parents, position, out)) fatal = true;
  }
  return fatal;
}
function aliasProblem(doc, alias, path, parents, position, out) {
  const target = alias.resolve(doc);
  let circular = false;
  for (let chain = parents; chain && target; chain = chain.next)
    if (chain.node === target) circular = true;
  if (target !== void 0 && !circular) return false;
  out.error({
    code: "yaml-syntax",
    path,
    at: position(alias.range?.[0] ?? 0),
    message: circular ? `alias \`*${alias.source}\` is used inside its own anchor` : `unknown alias \`*${alias.source}\``,
    hint: circular ? "an alias cannot repeat the value that contains it: that would never end" : `define the anchor \`&${alias.source}\` before using the alias`
  });
  return true;
}

// packages/model/src/scenario/parseScenario.ts
var MAX_ALIAS_COUNT = 100;
function parseScenario(text, options = {}) {
  const { file } = options;
  const position = positionsIn(text);
  const nesting = nestingDepth(text);
  if (nesting.depth > MAX_NESTING) {
    const out2 = new DiagnosticCollector({ file });
    out2.error({
      code: "too-deep",
      path: [],
      at: position(nesting.offset),
      message: `the document nests deeper than ${MAX_NESTING} levels`,
      hint: "a scenario nests only a few levels: look for runaway brackets or indentation"
    });
    return fail2(out2.diagnostics);
  }
  let doc;
  try {
    doc = parseDocument(text, { prettyErrors: false, logLevel: "error" });
  } catch (error) {
    return fail2([readFailure(error, file)]);
  }
  const locate = yamlLocator(doc, text, position);
  const out = new DiagnosticCollector({ locate, file });
  if (reportYamlProblems(doc, position, out)) return fail2(out.diagnostics);
  if (doc.contents === null) {
    out.error({
      code: "empty-document",
      path: [],
      at: { line: 1, col: 1 },
      message: "the scenario is empty",
      hint: "a scenario starts with `parley: 1`, then `id`, `title`, `asOf` and `actors`"
    });
    return fail2(out.diagnostics);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    out.error({
      code: "yaml-syntax",
      path: [],
      message: `cannot read the document: ${messageOf(error)}`
    });
    return fail2(out.diagnostics);
  }
  const shaped = ScenarioSchema.safeParse(data);
  if (!shaped.success) {
    reportSchemaIssues(shaped.error.issues, data, out);
    return fail2(out.diagnostics);
  }
  const diagnostics = sortByPosition([
    ...out.diagnostics,
    ...validateScenario(shaped.data, { locate, file })
  ]);
  return hasErrors(diagnostics) ? { ok: false, diagnostics } : { ok: true, value: shaped.data, diagnostics };
}
var fail2 = (diagnostics) => ({
  ok: false,
  diagnostics: sortByPosition(diagnostics)
});
var messageOf = (error) => error instanceof Error ? error.message : String(error);
function readFailure(error, file) {
  return {
    code: "yaml-syntax",
    severity: "error",
    path: "",
    ...file === void 0 ? {} : { file },
    message: `cannot read the document: ${messageOf(error)}`,
    hint: "check the file is YAML or JSON text"
  };
}
function sortByPosition(diagnostics) {
  const key = (d) => d.line === void 0 ? Infinity : d.line * 1e6 + (d.col ?? 0);
  return diagnostics.map((d, i) => ({ d, i })).sort((a, b) => key(a.d) - key(b.d) || a.i - b.i).map(({ d }) => d);
}

// packages/model/src/scenario/scenarioJsonSchema.ts
import * as z2 from "zod";

// packages/model/src/formats/gambit/readEfg.ts
var MAX_ID = 2 ** 31 - 1;

// packages/model/src/formats/gmcr/locatedJson.ts
import { isAlias as isAlias3, isMap as isMap3, isScalar as isScalar3, isSeq as isSeq3, LineCounter, parseDocument as parseDocument2 } from "yaml";

// packages/model/src/formats/gmcr/importGmcr.ts
var STATUS_QUO_SEARCH = 2 ** 16;

// packages/engines/src/forecast/forecastInputFromScenario.ts
var rangeOf = (q) => q !== void 0 && typeof q !== "number" && q.range ? [q.range[0], q.range[1]] : null;
function forecastInputFromScenario(scenario, issueId) {
  const issues = issueId === void 0 ? scenario.issues : scenario.issues.filter((i) => i.id === issueId);
  if (issueId !== void 0 && issues.length === 0) {
    throw new EngineError(
      "forecast/unknown-issue",
      `scenario ${scenario.id} has no issue ${issueId}`
    );
  }
  const warnings = [];
  const actors = [];
  for (const actor of scenario.actors) {
    const entries = issues.map((issue) => issue.positions[actor.id]);
    if (entries.every((e) => e === void 0)) continue;
    if (actor.capability === void 0) warnings.push(`${actor.name} has no capability: 1 assumed`);
    const capabilityRange = rangeOf(actor.capability);
    const positionRanges = entries.map((e) => rangeOf(e?.position));
    const salienceRanges = entries.map((e) => rangeOf(e?.salience));
    const hasRanges = capabilityRange !== null || [...positionRanges, ...salienceRanges].some((r) => r !== null);
    actors.push({
      id: actor.id,
      name: actor.name,
      capability: actor.capability === void 0 ? 1 : quantityValue(actor.capability),
      position: entries.map((e) => e ? quantityValue(e.position) : null),
      salience: entries.map((e) => e ? quantityValue(e.salience) : null),
      ...hasRanges ? {
        ranges: {
          ...capabilityRange ? { capability: capabilityRange } : {},
          position: positionRanges,
          salience: salienceRanges
        }
      } : {}
    });
  }
  const selected = new Set(issues.map((i) => i.id));
  const declared = scenario.linkages ?? [];
  const linkages = declared.map((l) => ({ ...l, issues: l.issues.filter((id) => selected.has(id)) })).filter((l) => l.issues.length >= 2);
  return {
    dimensions: issues.map((issue) => ({
      id: issue.id,
      name: issue.name,
      min: issue.scale.min ?? 0,
      max: issue.scale.max ?? 100
    })),
    actors,
    ...linkages.length > 0 ? { linkages } : {},
    ...warnings.length > 0 ? { warnings } : {}
  };
}

// packages/engines/src/forecast/montecarlo/uncertainInputs.ts
function uncertainInputs(input) {
  const nDims = input.dimensions.length;
  const out = [];
  const add = (actor, kind, dim, value, range, slot) => {
    if (!range || value === null) return;
    const low = Math.min(range[0], range[1]);
    const high = Math.max(range[0], range[1]);
    if (!(high > low)) return;
    out.push({ actor, kind, dim, low, high, mode: Math.min(high, Math.max(low, value)), slot });
  };
  input.actors.forEach((actor, a) => {
    add(a, "capability", -1, actor.capability, actor.ranges?.capability, a);
    for (let d = 0; d < nDims; d++) {
      const x = actor.position[d];
      const s = actor.salience[d];
      if (x == null || s == null) continue;
      add(a, "position", d, x, actor.ranges?.position?.[d], a * nDims + d);
      add(a, "salience", d, s, actor.ranges?.salience?.[d], a * nDims + d);
    }
  });
  return out;
}
function triangular(u, a, m, b) {
  const span = b - a;
  const c = (m - a) / span;
  return u < c ? a + Math.sqrt(u * span * (m - a)) : b - Math.sqrt((1 - u) * span * (b - m));
}
function applyDraw(target, inputs, values) {
  inputs.forEach((v, k) => {
    const x = values[k];
    if (v.kind === "capability") target.capability[v.slot] = Math.max(x, 1e-12);
    else if (v.kind === "position") target.position[v.slot] = x;
    else target.salience[v.slot] = Math.min(100, Math.max(0, x));
  });
}

// packages/engines/src/forecast/montecarlo/monteCarloChunk.ts
var DEFAULT_RUNS = 1e3;
var DEFAULT_CHUNK = 250;
function chunkCount(options) {
  return Math.ceil((options.runs ?? DEFAULT_RUNS) / (options.chunkSize ?? DEFAULT_CHUNK));
}
function monteCarloChunk(input, options, index) {
  const runs = options.runs ?? DEFAULT_RUNS;
  const size2 = options.chunkSize ?? DEFAULT_CHUNK;
  const start = index * size2;
  const count = Math.max(0, Math.min(size2, runs - start));
  const base = problemFromInput(input);
  const { units } = planUnits(input, options.joint);
  const settings = {
    ...resolveForecastSettings(options),
    audit: false,
    keepTurns: false,
    scratch: /* @__PURE__ */ new Map()
  };
  const inputs = uncertainInputs(input);
  const rng = createRng(options.seed ?? 1, index);
  const chunk = {
    index,
    start,
    count,
    forecasts: new Float64Array(count * base.nDims),
    draws: new Float64Array(count * inputs.length),
    rounds: new Uint16Array(count * units.length),
    converged: new Uint8Array(count * units.length)
  };
  const work = cloneProblem(base);
  for (let r = 0; r < count; r++) {
    if (r % 16 === 0) throwIfAborted(options.signal);
    resetProblem(work, base);
    const values = chunk.draws.subarray(r * inputs.length, (r + 1) * inputs.length);
    inputs.forEach((v, k) => values[k] = triangular(rng.next(), v.low, v.mode, v.high));
    applyDraw(work, inputs, values);
    units.forEach((unit, u) => {
      const outcome = runUnit(work, unit, settings);
      unit.dims.forEach((d, k) => chunk.forecasts[r * base.nDims + d] = outcome.forecast[k]);
      chunk.rounds[r * units.length + u] = outcome.rounds;
      chunk.converged[r * units.length + u] = outcome.converged ? 1 : 0;
    });
  }
  return chunk;
}
function cloneProblem(p) {
  return {
    ...p,
    capability: Float64Array.from(p.capability),
    position: Float64Array.from(p.position),
    salience: Float64Array.from(p.salience)
  };
}
function resetProblem(target, base) {
  target.capability.set(base.capability);
  target.position.set(base.position);
  target.salience.set(base.salience);
}

// packages/engines/src/forecast/montecarlo/summarizeMonteCarlo.ts
var QUANTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];
var BINS = 20;
function summarizeMonteCarlo(input, chunks, joint = false) {
  const ordered = [...chunks].sort((a, b) => a.index - b.index);
  const nDims = input.dimensions.length;
  const inputs = uncertainInputs(input);
  const { units } = planUnits(input, joint);
  const runs = ordered.reduce((n, c) => n + c.count, 0);
  const column2 = (pick) => {
    const out = new Float64Array(runs);
    let k = 0;
    for (const c of ordered) for (let r = 0; r < c.count; r++) out[k++] = pick(c, r);
    return out;
  };
  const drawColumns = inputs.map((_, v) => column2((c, r) => c.draws[r * inputs.length + v]));
  return input.dimensions.map((dim, d) => {
    const all = column2((c, r) => c.forecasts[r * nDims + d]);
    const keep = all.map((x) => Number.isFinite(x) ? 1 : 0);
    const values = all.filter((x) => Number.isFinite(x));
    const sorted = Float64Array.from(values).sort();
    const n = sorted.length;
    const mean = n > 0 ? values.reduce((s, x) => s + x, 0) / n : Number.NaN;
    const sd = n > 1 ? Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1)) : 0;
    const u = units.findIndex((unit) => unit.dims.includes(d));
    const unitColumn = (field) => column2((c, r) => c[field][r * units.length + u]);
    const half = Float64Array.from(values.slice(0, Math.ceil(n / 2))).sort();
    return {
      dimension: dim.name,
      runs: n,
      mean,
      sd,
      quantiles: Object.fromEntries(QUANTILES.map((q) => [String(q), quantile(sorted, q)])),
      histogram: histogram(sorted, dim.min, dim.max),
      sensitivity: sensitivity(input, inputs, drawColumns, all, keep),
      convergence: {
        standardError: n > 0 ? sd / Math.sqrt(n) : Number.NaN,
        halfRunMedian: quantile(half, 0.5),
        convergedShare: mean01(unitColumn("converged")),
        meanRounds: mean01(unitColumn("rounds"))
      }
    };
  });
}
var mean01 = (xs) => xs.length > 0 ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
function quantile(sorted, q) {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function histogram(sorted, from, to) {
  const lo = Math.min(from, sorted[0] ?? from);
  const hi = Math.max(to, sorted[sorted.length - 1] ?? to);
  const counts = new Array(BINS).fill(0);
  const width = (hi - lo) / BINS || 1;
  for (const x of sorted) counts[Math.min(BINS - 1, Math.floor((x - lo) / width))]++;
  return { from: lo, to: hi, counts };
}
function ranks(xs) {
  const n = xs.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => xs[a] - xs[b] || a - b);
  const r = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && xs[order[j + 1]] === xs[order[i]]) j++;
    for (let k = i; k <= j; k++) r[order[k]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}
function spearman(x, y) {
  const rx = ranks(x);
  const ry = ranks(y);
  const n = rx.length;
  if (n < 2) return 0;
  const m = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i] - m) * (ry[i] - m);
    sxx += (rx[i] - m) ** 2;
    syy += (ry[i] - m) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}
function sensitivity(input, inputs, drawColumns, forecasts, keep) {
  const rows = keep.reduce((n, k) => n + k, 0);
  const y = forecasts.filter((_, r) => keep[r] === 1);
  const byActor = /* @__PURE__ */ new Map();
  inputs.forEach((v, k) => {
    const x = drawColumns[k].filter((_, r) => keep[r] === 1);
    const rho = rows > 1 ? spearman(x, y) : 0;
    const actor = input.actors[v.actor];
    const entry = byActor.get(v.actor) ?? { actor: actor.name, score: 0, inputs: {} };
    const label = v.kind === "capability" ? "capability" : `${v.kind}:${input.dimensions[v.dim].name}`;
    entry.inputs[label] = rho;
    entry.score = Math.max(entry.score, Math.abs(rho));
    byActor.set(v.actor, entry);
  });
  return [...byActor.values()].sort((a, b) => b.score - a.score || a.actor.localeCompare(b.actor));
}

// packages/engines/src/forecast/montecarlo/monteCarlo.ts
function monteCarlo(input, options) {
  const total = chunkCount(options);
  const chunks = [];
  for (let k = 0; k < total; k++) {
    throwIfAborted(options.signal);
    options.onProgress?.({ done: k, total, message: `chunk ${k + 1}/${total}` });
    chunks.push(monteCarloChunk(input, options, k));
  }
  options.onProgress?.({ done: total, total });
  return finishMonteCarlo(input, options, chunks);
}
function finishMonteCarlo(input, options, chunks) {
  const { signal: _signal, onProgress: _onProgress, ...plain } = options;
  const point = forecast(input, { ...plain, audit: false });
  const runs = options.runs ?? DEFAULT_RUNS;
  return {
    ...point,
    distribution: summarizeMonteCarlo(input, chunks, options.joint),
    provenance: {
      ...point.provenance,
      seed: options.seed ?? 1,
      parameters: {
        ...point.provenance.parameters,
        monteCarlo: {
          runs,
          chunkSize: options.chunkSize ?? DEFAULT_CHUNK,
          distribution: "triangular"
        }
      }
    }
  };
}

// packages/cli/src/pool/workerPool.ts
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var WorkerTaskError = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
    this.name = "WorkerTaskError";
  }
  code;
};
var WorkerPool = class {
  workers = [];
  idle = [];
  running = /* @__PURE__ */ new Map();
  queue = [];
  nextId = 0;
  closed = false;
  constructor(options) {
    for (let i = 0; i < Math.max(1, options.size); i++) {
      const worker = startWorker(options.url);
      worker.on("message", (reply) => this.settle(worker, reply));
      worker.on("error", (error) => this.fail(worker, error));
      worker.on("exit", (code) => {
        if (!this.closed) this.fail(worker, new Error(`worker exited with code ${code}`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }
  /** Sends `message` to the next idle worker; resolves with its reply value. */
  run(message) {
    if (this.closed) return Promise.reject(new Error("worker pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({
        id: this.nextId++,
        message,
        resolve,
        reject
      });
      this.dispatch();
    });
  }
  /** Stops every worker; jobs not yet answered are rejected with `reason`. */
  async close(reason = new Error("worker pool closed")) {
    if (this.closed) return;
    this.closed = true;
    for (const job of [...this.running.values(), ...this.queue]) job.reject(reason);
    this.running.clear();
    this.queue.length = 0;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
  dispatch() {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop();
      const job = this.queue.shift();
      this.running.set(worker, job);
      worker.postMessage({ id: job.id, message: job.message });
    }
  }
  settle(worker, reply) {
    const job = this.running.get(worker);
    if (!job || job.id !== reply.id) return;
    this.running.delete(worker);
    this.idle.push(worker);
    if (reply.ok) job.resolve(reply.value);
    else
      job.reject(
        new WorkerTaskError(reply.error?.message ?? "worker task failed", reply.error?.code)
      );
    this.dispatch();
  }
  fail(worker, error) {
    const job = this.running.get(worker);
    this.running.delete(worker);
    job?.reject(error);
    const at = this.workers.indexOf(worker);
    if (at >= 0) this.workers.splice(at, 1);
    if (this.workers.length === 0) void this.close(error);
  }
};
function startWorker(url) {
  if (!url.pathname.endsWith(".ts")) return new Worker(url);
  const tsx = tsxEsmApi();
  const boot = [
    `import(${JSON.stringify(tsx)})`,
    `.then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`,
    ".catch((error) => { console.error(error); process.exit(1); });"
  ].join("");
  return new Worker(boot, { eval: true });
}
function tsxEsmApi() {
  const require2 = createRequire(import.meta.url);
  const manifest = require2.resolve("tsx/package.json");
  const { exports } = require2("tsx/package.json");
  return new URL(exports["./esm/api"].import.default, pathToFileURL(manifest)).href;
}

// packages/cli/src/pool/monteCarloOnPool.ts
function forecastWorkerUrl() {
  return import.meta.url.endsWith(".ts") ? new URL("./forecastWorker.ts", import.meta.url) : new URL("./forecast-worker.js", import.meta.url);
}
async function monteCarloOnPool(input, options, pool = {}) {
  const { signal, onProgress, ...plain } = options;
  signal?.throwIfAborted();
  const total = chunkCount(options);
  const workers = new WorkerPool({
    url: forecastWorkerUrl(),
    size: Math.min(pool.workers ?? 2, Math.max(1, total))
  });
  const abort = () => void workers.close(new AbortedError(signal?.reason));
  signal?.addEventListener("abort", abort, { once: true });
  let done = 0;
  try {
    onProgress?.({ done: 0, total });
    const chunks = await Promise.all(
      Array.from(
        { length: total },
        (_, k) => workers.run({ input, options: plain, chunk: k }).then((chunk) => {
          onProgress?.({ done: ++done, total });
          return chunk;
        })
      )
    );
    return finishMonteCarlo(input, plain, chunks);
  } finally {
    signal?.removeEventListener("abort", abort);
    await workers.close();
  }
}

// packages/engines/src/forecast/smp/smpNaive.ts
function smpTurnNaive(unit, pos, ideal, settings, rng) {
  const { n, dims, sal, cap } = unit;
  const vDiff = (i, j) => bvDiff(ideal, i, pos, j, sal, dims);
  const c = coalitions(
    (k, i, j) => vote(settings.votingRule, cap[k], bsUtil(vDiff(k, i), 0), bsUtil(vDiff(k, j), 0)),
    n,
    n
  );
  const nra = bigRFromProb(
    probCE(settings.pceModel, settings.victoryProbModel, c, n),
    settings.bigRRange
  );
  const aUtil = [];
  for (let h = 0; h < n; h++) {
    const u = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      const rhi = estimateRisk(nra[h], nra[i], settings.bigRAdjust);
      for (let j = 0; j < n; j++) u[i * n + j] = bsUtil(vDiff(i, j), rhi);
    }
    aUtil.push(u);
  }
  const ctx = challengeContext(unit, settings);
  const queues = Array.from({ length: n }, () => []);
  const all = [];
  for (let i = 0; i < n; i++) {
    let bestJ = -1;
    let pIJ = 0;
    let bestEU = -1;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const [pij, edu] = challengeEstimate(ctx, aUtil[i], i, i, j);
      if (1e-5 < edu && bestEU < edu) {
        bestJ = j;
        pIJ = pij;
        bestEU = edu;
      }
    }
    if (bestJ < 0) continue;
    for (const b of proposeBargains(
      unit,
      pos,
      settings,
      ctx,
      (h) => aUtil[h],
      i,
      bestJ,
      pIJ,
      bestEU
    )) {
      all.push(b);
    }
  }
  for (const b of all) {
    queues[b.init].push(b);
    queues[b.rcvr].push(b);
  }
  const brgnStateUtil = (a, b) => {
    let uAvrg = 0;
    if (b === null) {
      for (let m = 0; m < n; m++) uAvrg = uAvrg + aUtil[a][a * n + m];
    } else {
      uAvrg = uAvrg + bsUtil(bvDiffToPoint(pos, a, b.posInit, sal, dims), nra[a]);
      uAvrg = uAvrg + bsUtil(bvDiffToPoint(pos, a, b.posRcvr, sal, dims), nra[a]);
      for (let m = 0; m < n; m++) {
        if (m !== b.init && m !== b.rcvr) uAvrg = uAvrg + aUtil[a][a * n + m];
      }
    }
    return uAvrg / n;
  };
  const next = Float64Array.from(pos);
  for (let k = 0; k < n; k++) {
    const queue = [null, ...queues[k]];
    const nb = queue.length;
    const u = new Float64Array(n * nb);
    for (let a = 0; a < n; a++)
      for (let m = 0; m < nb; m++) u[a * nb + m] = brgnStateUtil(a, queue[m]);
    const p = scalarPce(
      n,
      nb,
      cap,
      u,
      settings.votingRule,
      settings.victoryProbModel,
      settings.pceModel
    );
    const chosen = queue[pickBargain(p, settings, rng)];
    if (chosen === null) continue;
    const src = chosen.init === k ? chosen.posInit : chosen.posRcvr;
    for (let d = 0; d < dims; d++) next[k * dims + d] = src[d];
  }
  return {
    next,
    nextIdeal: newIdeals(unit, next, ideal, settings.accommodation),
    bargains: all,
    risk: nra
  };
}

// bench/forecast.bench.ts
var args = process.argv.slice(2);
var flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
var ktabDir = flag("ktab");
var mcRuns = Number(flag("runs") ?? 2e4);
var KTAB_SECONDS = { 6: 0.1, 13: 1.35, 26: 14.6, 34: 75.3, 40: 87.9 };
function cpuSince(from) {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
}
function syntheticUnit(n, seed) {
  const rng = createRng(seed, n);
  const round = (x) => Math.round(x * 10) / 10;
  return {
    n,
    dims: 1,
    pos: Float64Array.from({ length: n }, () => round(100 * rng.next()) / 100),
    sal: Float64Array.from({ length: n }, () => round(10 + 85 * rng.next()) / 100),
    cap: Float64Array.from({ length: n }, () => round(10 + 190 * rng.next()))
  };
}
function ktabUnit(path) {
  const lines = readFileSync(path, "utf8").split(/\r?\n/).filter((l) => l.trim() !== "");
  const head = lines[0].split(",");
  const n = Number(head[2]);
  const dims = Number(head[3]);
  const unit = {
    n,
    dims,
    pos: new Float64Array(n * dims),
    sal: new Float64Array(n * dims),
    cap: new Float64Array(n)
  };
  lines.slice(2, 2 + n).forEach((line, a) => {
    const f = line.split(",").map((s) => s.trim());
    unit.cap[a] = Number(f[2]);
    for (let d = 0; d < dims; d++) {
      unit.pos[a * dims + d] = Number(f[3 + 2 * d]) / 100;
      unit.sal[a * dims + d] = Number(f[4 + 2 * d]) / 100;
    }
  });
  return unit;
}
function timeSmp(label, unit, ktabSeconds) {
  const settings = resolveSmpSettings();
  runSmp(unit, settings, 100);
  let t = process.cpuUsage();
  let wall = performance.now();
  const fast = runSmp(unit, settings, 100);
  const fastCpu = cpuSince(t);
  const fastWall = (performance.now() - wall) / 1e3;
  t = process.cpuUsage();
  wall = performance.now();
  const naive = runSmp(unit, settings, 100, void 0, smpTurnNaive);
  const naiveCpu = cpuSince(t);
  const same = fast.turns.length === naive.turns.length && fast.turns.every((x, k) => x.every((v, i) => v === naive.turns[k][i]));
  const speedup = ktabSeconds ? `${(ktabSeconds / fastWall).toFixed(0)}\xD7` : "\u2013";
  console.log(
    `| ${label} | ${unit.n}\xD7${unit.dims} | ${fast.turns.length} | ${fastCpu.toFixed(3)} | ${fastWall.toFixed(3)} | ${naiveCpu.toFixed(3)} | ${same ? "yes" : "NO"} | ${ktabSeconds ?? "\u2013"} | ${speedup} |`
  );
}
console.log(`node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? "?"}`);
console.log("\n## Spatial model (fast turn vs KTAB-layout reference turn)\n");
console.log(
  "| scenario | actors \xD7 dims | states | CPU s | wall s | reference CPU s | identical | KTAB smpc s | faster than KTAB |"
);
console.log("|---|---|---|---|---|---|---|---|---|");
for (const n of [6, 13, 26, 34, 40])
  timeSmp(`synthetic-${n}`, syntheticUnit(n, 2018), KTAB_SECONDS[n]);
if (ktabDir) {
  const files = [
    ["dummyData_3Dim.csv", 0.17],
    ["SOE-Pol-Comp.csv", 1.35],
    ["SOE-Policy.csv", 14.6],
    ["dummyData_6Dim.csv", 28.8],
    ["SOE-Competitive.csv", 75.3],
    ["dummyData-a040.csv", 87.9],
    ["dummyData-a080.csv", 1187]
  ];
  for (const [file, seconds] of files) timeSmp(file, ktabUnit(join(ktabDir, file)), seconds);
}
if (!args.includes("--skip-mc")) {
  const parsed = parseScenario(
    readFileSync("/work/main/catalog/korean-peninsula-2018.yaml", "utf8")
  );
  if (!parsed.ok) throw new Error("the flagship scenario does not parse");
  const input = forecastInputFromScenario(parsed.value);
  const options = {
    model: "bdm",
    bdmVariant: "paper",
    rounds: 10,
    runs: mcRuns,
    chunkSize: 500,
    seed: 1
  };
  console.log(
    `
## Monte Carlo, BDM paper variant, ${input.dimensions.length} issues \xD7 ${input.actors.length} actors, \u2264 10 rounds, ${mcRuns} runs
`
  );
  console.log("| runner | wall s | CPU s | runs / s (wall) | runs / CPU-s |");
  console.log("|---|---|---|---|---|");
  monteCarlo(input, { ...options, runs: 1e3 });
  const row = async (label, run) => {
    const t = process.cpuUsage();
    const wall = performance.now();
    await run();
    const w = (performance.now() - wall) / 1e3;
    const c = cpuSince(t);
    console.log(
      `| ${label} | ${w.toFixed(2)} | ${c.toFixed(2)} | ${(mcRuns / w).toFixed(0)} | ${(mcRuns / c).toFixed(0)} |`
    );
  };
  await row("engine, one thread", () => monteCarlo(input, options));
  for (const workers of [1, 2]) {
    await row(
      `pool, ${workers} worker${workers > 1 ? "s" : ""}`,
      () => monteCarloOnPool(input, options, { workers })
    );
  }
}
