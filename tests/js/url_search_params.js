'use strict';
// URLSearchParams: constructors, the whole API, iteration, serialization, the live
// link with a URL's query, errors and Node's inspect output. Expected: Node 24's.

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

console.log('-- constructors');
attempt('empty', () => new URLSearchParams().toString());
attempt('string', () => [...new URLSearchParams('?a=1&b=x+y&a=%E2%82%AC&&c&=v&d=')]);
attempt('bad escapes', () => [...new URLSearchParams('%zz=%41%E2%82&x=%')]);
attempt('only ?', () => new URLSearchParams('?').size);
attempt('record', () => new URLSearchParams({ a: 1, b: 'two', c: null, d: undefined }).toString());
attempt('array', () => new URLSearchParams([['x', '1'], ['y', 2], ['x', 3]]).toString());
attempt('map', () => new URLSearchParams(new Map([['k', 'v'], ['é', '€']])).toString());
attempt('generator', () => new URLSearchParams((function* pairs() { yield ['g', 'h']; yield new Set(['i', 'j']); })()).toString());
attempt('copy', () => {
  const original = new URLSearchParams('a=1');
  const copy = new URLSearchParams(original);
  copy.append('b', '2');
  return [original.toString(), copy.toString()];
});
attempt('null', () => new URLSearchParams(null).toString());
attempt('number', () => new URLSearchParams(42).toString());
attempt('lone surrogate', () => new URLSearchParams({ '\ud800': '\udc00x' }).toString());
attempt('bad tuple', () => new URLSearchParams([['a', 'b', 'c']]));
attempt('bad pair', () => new URLSearchParams([5]));
attempt('not iterable', () => new URLSearchParams({ [Symbol.iterator]: 42 }));
attempt('symbol key', () => new URLSearchParams({ [Symbol('s')]: 1 }));

console.log('-- methods');
const params = new URLSearchParams('z=26&a=1&b=2&a=3&space=a b');
console.log(params.get('a'), params.get('missing'), params.getAll('a'), params.getAll('missing'));
console.log(params.has('a'), params.has('a', '3'), params.has('a', '4'), params.has('nope'), params.size);
params.append('a', '5');
params.set('b', 'new');
params.set('fresh', 'yes');
params.delete('z');
params.delete('a', '3');
console.log(params.toString(), params.size);
params.sort();
console.log(params.toString());
const sortMe = new URLSearchParams('ﬃ=1&🌈=2&z=3&a=4&é=5&a=0');
sortMe.sort();
console.log([...sortMe.keys()].join(','));
console.log('encoding', new URLSearchParams({ q: "a+b c&d=e/f?g#h~!*'()é€😀", '': '' }).toString());
const seen = [];
const live = new URLSearchParams('a=1&b=2&c=3');
live.forEach(function each(value, name, owner) {
  seen.push(`${name}=${value}:${owner === live}:${this.tag}`);
  if (name === 'a') live.delete('b');
}, { tag: 'T' });
console.log(seen);

console.log('-- iteration');
const iterable = new URLSearchParams('x=1&y=2&x=3');
console.log([...iterable], [...iterable.keys()], [...iterable.values()], [...iterable.entries()]);
console.log(iterable[Symbol.iterator] === iterable.entries, Object.prototype.toString.call(iterable.keys()));
const iterator = iterable.entries();
console.log(iterator.next(), iterator);
iterable.append('late', 'added');
console.log(iterator.next(), iterator.next(), iterator.next(), iterator.next());
for (const [name, value] of new URLSearchParams('for=of&loop=ok')) console.log(name, value);
console.log(typeof iterator[Symbol.iterator], iterator[Symbol.iterator]() === iterator);

console.log('-- linked to a URL');
const url = new URL('https://example.com/path?x=1&y=2#frag');
const sp = url.searchParams;
console.log(sp === url.searchParams, sp.get('x'));
sp.append('z', 'a b&c');
console.log(url.href);
sp.delete('x');
sp.set('y', 'é');
console.log(url.href, url.search);
sp.sort();
console.log(url.href);
sp.delete('y');
sp.delete('z');
console.log(url.href, JSON.stringify(url.search));
url.search = '?q=new&q=two';
console.log(sp.getAll('q'), sp.size);
url.href = 'https://other.example/?replaced=1';
console.log(sp.toString(), [...sp]);
url.search = '';
console.log(sp.size, url.href);
const opaque = new URL('mailto:someone@example.com?subject=hi');
opaque.searchParams.set('subject', 'a b');
opaque.searchParams.append('body', 'x=y');
console.log(opaque.href);

console.log('-- errors');
attempt('append', () => new URLSearchParams().append('only'));
attempt('set', () => new URLSearchParams().set());
attempt('get', () => new URLSearchParams().get());
attempt('getAll', () => new URLSearchParams().getAll());
attempt('has', () => new URLSearchParams().has());
attempt('delete', () => new URLSearchParams().delete());
attempt('forEach', () => new URLSearchParams().forEach());
attempt('this', () => URLSearchParams.prototype.toString.call({}));
attempt('size this', () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}));
attempt('next this', () => new URLSearchParams().keys().next.call({}));

console.log('-- inspect');
console.log(new URLSearchParams());
console.log(new URLSearchParams('a=1&b=two&a=3'));
console.log(new URLSearchParams({ long: 'x'.repeat(60), longer: 'y'.repeat(60) }));
console.log({ nested: { params: new URLSearchParams('k=v') } });
console.log({ a: { b: { c: new URLSearchParams('deep=1') } } });
console.log(new URLSearchParams('a=1&b=2').keys(), new URLSearchParams('a=1').values());
console.log(Object.prototype.toString.call(new URLSearchParams()), Object.getOwnPropertyNames(URLSearchParams.prototype).join());
