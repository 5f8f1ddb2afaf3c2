'use strict';
// Reshaping properties a module has already defined, in ways that a program's
// changes to Object.prototype cannot disturb (descriptors are null-prototype).

// Makes the named own properties of `target` enumerable, as Node's web classes
// show their accessors and methods.
function markEnumerable(target, names) {
  for (const name of names) {
    const descriptor = { __proto__: null, ...Object.getOwnPropertyDescriptor(target, name) };
    descriptor.enumerable = true;
    Object.defineProperty(target, name, descriptor);
  }
}

module.exports = { markEnumerable };
