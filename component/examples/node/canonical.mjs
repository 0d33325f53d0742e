// The canonical JSON form of component values shared by the Rust, Node and Python hosts:
// records as objects with WIT (kebab-case) field names, variants as {tag, val}, options as the
// value or null, results as {ok} / {err}, list<u8> as arrays of numbers, keys sorted.

/** A jco value in canonical form. */
export function canon(value) {
  if (value === undefined || value === null) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Uint8Array) return Array.from(value);
  if (Array.isArray(value)) return value.map(canon);
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    if ('tag' in value && keys.every((k) => k === 'tag' || k === 'val')) {
      return { tag: value.tag, val: canon(value.val) };
    }
    const out = {};
    for (const key of keys) {
      out[key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)] = canon(value[key]);
    }
    return out;
  }
  return value;
}

/** Call a function returning a WIT `result`: jco throws a ComponentError for `err`. */
export function result(call) {
  try {
    return { ok: canon(call()) };
  } catch (e) {
    if (e && e.payload !== undefined) return { err: canon(e.payload) };
    throw e;
  }
}

/** JSON with sorted keys and no spaces. */
export function stringify(value) {
  const sort = (v) => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])]));
    }
    return v;
  };
  return JSON.stringify(sort(value));
}
