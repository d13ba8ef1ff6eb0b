/**
 * View data as JSON text and back. View data holds typed arrays (GMCR stability and move
 * edges), which JSON would turn into index-keyed objects, and may hold non-finite numbers, which
 * JSON turns into null. Both are tagged on the way out and restored on the way in:
 * `{"$typed": "Uint8Array", "base64": "…"}` and `{"$number": "Infinity"}`. Everything else is
 * plain JSON, so a server can store and serve the text without knowing the view's shape.
 */

const TYPED = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const;

type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

const NON_FINITE = ['NaN', 'Infinity', '-Infinity'] as const;

/** Chunk size for String.fromCharCode: stays well below engines' argument limits. */
const CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function typedName(value: object): TypedName | null {
  for (const name of Object.keys(TYPED) as TypedName[]) {
    if (value instanceof TYPED[name]) return name;
  }
  return null;
}

function encodeValue(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return { $number: String(value) };
  if (typeof value !== 'object' || value === null) return value;
  if (ArrayBuffer.isView(value)) {
    const name = typedName(value);
    if (name === null) throw new TypeError('cannot encode a DataView');
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return { $typed: name, base64: toBase64(bytes) };
  }
  if (Array.isArray(value)) return value.map(encodeValue);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== undefined) out[k] = encodeValue(v);
  }
  return out;
}

/** View data → JSON text (typed arrays and non-finite numbers tagged). */
export function encodeView(data: unknown): string {
  return JSON.stringify(encodeValue(data));
}

function decodeTyped(name: string, base64: string): Typed {
  const Ctor = TYPED[name as TypedName];
  if (!Ctor) throw new TypeError(`unknown typed array ${name}`);
  const bytes = fromBase64(base64);
  // Copy into a fresh, aligned buffer: the bytes' own buffer may not suit the element size.
  const aligned = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(aligned).set(bytes);
  return new Ctor(aligned);
}

function reviver(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const v = value as Record<string, unknown>;
  if (typeof v.$typed === 'string' && typeof v.base64 === 'string') {
    return decodeTyped(v.$typed, v.base64);
  }
  if (typeof v.$number === 'string' && (NON_FINITE as readonly string[]).includes(v.$number)) {
    return Number(v.$number);
  }
  return value;
}

/** JSON text from encodeView → view data. */
export function decodeView<T = unknown>(text: string): T {
  return JSON.parse(text, reviver) as T;
}

/**
 * encodeView's JSON already parsed (e.g. embedded in a larger message) → view data, restoring
 * the tagged values bottom-up as JSON.parse's reviver would, without a second pass over text.
 * The input is left as it was.
 */
export function reviveView<T = unknown>(parsed: unknown): T {
  return revive(parsed) as T;
}

function revive(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(revive);
  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) copy[key] = revive(member);
  return reviver('', copy);
}
