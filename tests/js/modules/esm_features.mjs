#!/usr/bin/env node
// ES module features: static and dynamic imports, live bindings, cycles, JSON,
// builtins, import.meta, top-level await, CommonJS interop.
import { count, increment } from '../../fixtures/modules/esm/counter.mjs';
import * as cycle from '../../fixtures/modules/esm/cycle_a.mjs';
import shapes, * as shapesNs from '../../fixtures/modules/cjs/shapes.js';
import literal, { a, b, renamed, plain } from '../../fixtures/modules/cjs/literal.js';
import { own, viaModule } from '../../fixtures/modules/cjs/reexport_ts.js';
import { greet, version } from '../../fixtures/modules/cjs/esbuild.js';
import data from '../../fixtures/modules/cjs/data.json' with { type: 'json' };
import { readFileSync } from 'fs';
import nodePath, { basename } from 'node:path';
import { ready } from '../../fixtures/modules/esm/tla.mjs';

const here = (url) => url.slice(url.indexOf('/tests/'));
console.log('import.meta', here(import.meta.url), nodePath.basename(import.meta.filename), basename(import.meta.dirname));
console.log('resolve', here(import.meta.resolve('../../fixtures/modules/esm/sync.mjs')), import.meta.resolve('fs'));

console.log('live binding', count);
increment();
console.log('live binding after increment', count);

console.log('cycle', cycle.a, cycle.readB(), Object.keys(cycle).sort().join(','));
console.log('cjs default is module.exports', shapes === shapesNs.default, Object.keys(shapesNs).sort().join(','));
console.log('cjs named', a, b, renamed, plain, literal['quoted key']);
console.log('typescript __exportStar', own, viaModule);
console.log('esbuild __export', greet('corral'), version);
console.log('json', data.answer, 'builtins', typeof readFileSync);
console.log('top-level await in a dependency', ready);

const first = await import('../../fixtures/modules/esm/counter.mjs');
console.log('dynamic import shares the instance', first.count);
const [x, y] = await Promise.all([import('node:os'), import('os')]);
console.log('builtin namespaces', x === y, typeof x.default.platform);
const lazy = await import('../../fixtures/modules/cjs/lazy.js');
console.log('lazy cjs default', lazy.default);
try {
  await import('../../fixtures/modules/nope.mjs');
} catch (error) {
  console.log(error.code, error.message.slice(0, error.message.indexOf(' imported from')).replace(/.*\/tests\//, 'tests/'));
}
try {
  await import('../../fixtures/modules/esm/');
} catch (error) {
  console.log(error.code);
}
