// vm: new contexts backed by a sandbox, scripts, timeouts, errors with their
// source line, compileFunction, and code generation switched off.
const vm = require('vm');

const sandbox = { count: 1, console };
vm.createContext(sandbox);
console.log('isContext', vm.isContext(sandbox), vm.isContext({}));
vm.runInContext('var doubled = count * 2; added = "yes"; count += 1', sandbox);
console.log('sandbox after', sandbox.count, sandbox.doubled, sandbox.added);
console.log('no Node inside', vm.runInContext('typeof require + " " + typeof process', sandbox));
console.log('own builtins', vm.runInNewContext('[1, 2]') instanceof Array, Array.isArray(vm.runInNewContext('[1, 2]')));
console.log('globals seen', vm.runInNewContext('a + b', { a: 20, b: 22 }));
console.log('keys', Object.keys(vm.runInNewContext('this', { p: 1, q: 2 })));

const script = new vm.Script('n = (typeof n === "number" ? n : 0) + 1; n', { filename: 'counter.vm' });
const context = vm.createContext({});
for (let i = 0; i < 3; i++) script.runInContext(context);
console.log('script reused', context.n, script.runInNewContext({ n: 41 }));

try {
  vm.runInNewContext('while (true) {}', {}, { timeout: 20 });
} catch (error) {
  console.log('timeout', error.code, error.message);
}
console.log('still running after timeout', vm.runInNewContext('6 * 7'));

try {
  vm.runInNewContext('let x = 1;\nx.y.z', {}, { filename: 'broken.vm' });
} catch (error) {
  console.log('error from another context', error instanceof TypeError, error.name);
  console.log(error.stack.split('\n').slice(0, 6).join('\n'));
}

try {
  new vm.Script('let = ;', { filename: 'syntax.vm' });
} catch (error) {
  console.log('syntax', error instanceof SyntaxError, error.stack.split('\n').slice(0, 5).join('\n'));
}

const add = vm.compileFunction('return a + b + offset', ['a', 'b'], { contextExtensions: [{ offset: 100 }] });
console.log('compileFunction', add(1, 2));

const strict = vm.createContext({}, { codeGeneration: { strings: false } });
try {
  vm.runInContext('eval("1 + 1")', strict);
} catch (error) {
  console.log('codegen', error.name, error.message);
}

const plain = vm.createContext(vm.constants.DONT_CONTEXTIFY);
console.log('DONT_CONTEXTIFY', vm.runInContext('globalThis.g = 5; g', plain), plain.g);

try {
  vm.runInContext('1', {});
} catch (error) {
  console.log(error.code, error.message);
}

vm.runInThisContext('1').toString();
const p = vm.runInNewContext('import("fs")');
p.catch((error) => console.log('import', error.code, error.message));
