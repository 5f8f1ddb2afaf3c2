const original = { n: 1, d: new Date(0), m: new Map([[1, { deep: [1, 2] }]]), s: new Set(['x']), r: /a+/g, u8: new Uint8Array([1, 2, 3]), e: new RangeError('bad') };
original.self = original;
const copy = structuredClone(original);
console.log(copy !== original, copy.self === copy, copy.m.get(1).deep, copy.d instanceof Date, copy.r.source, copy.u8, copy.e instanceof RangeError, copy.e.message);
try { structuredClone(() => {}); } catch (e) { console.log(e.name, e.message, e instanceof DOMException); }
try { structuredClone(Symbol('s')); } catch (e) { console.log(e.name, e.message); }
