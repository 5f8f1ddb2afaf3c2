const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
console.log([...seg.segment('e\u0301👍🏽🇫🇷x')].map((s) => s.segment).length);
console.log([...new Intl.Segmenter('en', { granularity: 'word' }).segment('Hello, big world!')].filter((s) => s.isWordLike).map((s) => s.segment));
console.log(new Intl.NumberFormat('de-DE').format(1234567.891), new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'full' }).format(new Date(0)));
const bytes = new Uint8Array([0, 0, 0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f, 0xff]);
console.log(new TextDecoder().decode(new Uint8Array(bytes.buffer, 2, 6)), new TextDecoder().decode(new DataView(bytes.buffer, 3, 2)));
const d = new TextDecoder('utf-8', { fatal: true });
try { d.decode(bytes.subarray(8)); } catch (e) { console.log(e.name, e.code); }
const s = new TextDecoder(); console.log(JSON.stringify(s.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + s.decode(new Uint8Array([0xac]))));
console.log(new TextDecoder('windows-1252').decode(new Uint8Array([0x80, 0x41])), new TextEncoder().encodeInto('héllo', new Uint8Array(3)));
