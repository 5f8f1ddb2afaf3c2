'use strict';
// The legacy url API — parse, format, resolve, resolveObject, Url — with its
// old rules and quirks. Expected: Node 24's. With the argument `warning` it shows
// the DEP0169 deprecation url.parse() emits (once) instead.

const url = require('url');

if (process.argv[2] === 'warning') {
  process.on('warning', (warning) => console.log('warning', warning.name, warning.code));
  url.parse('http://a/');
  url.parse('http://b/');
  url.format({ host: 'no-warning-from-objects' });
  console.log('parsed twice');
  return;
}

process.noDeprecation = true;

console.log('-- parse');
for (const input of [
  'http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash',
  'HTTP://X.COM',
  'https://example.com',
  '/path/only?x=1#h',
  '//host/path',
  'a/b?c#d',
  '?q',
  '#h',
  '',
  '  http://trimmed.com/ x  ',
  'http://a.com\\back\\slash?x\\y',
  'http://u:p@a@b.com/',
  'http://%41@host/',
  'mailto:someone@example.com',
  'javascript:alert("x y")',
  'file:///etc/passwd',
  'file://host/share',
  'x:y',
  'http:/one/slash',
  'http:no/slash',
  'git+ssh://git@github.com:user/repo.git',
  'http://a:b/',
  'http://[::1]:80/',
  'http://[fe80::1%25eth0]/',
  'http://español.com/ñ',
  'http://1.2.3/',
  'http://a\tb c/d\te',
  'http://a.com/"quotes"<and>\'apos\'`{|}^',
  'http://a.com/p?q=1#h?x#y',
  'http://@a.com/',
  'http://a.com:65536/',
  'http://ex ample.com/',
  'http://xn--iñvalid.com/',
]) {
  try {
    console.log(JSON.stringify(input), JSON.stringify(url.parse(input)));
  } catch (error) {
    console.log(JSON.stringify(input), error.name, error.code, error.message);
  }
}
console.log(url.parse('http://user:pw@host.com:8080/p/a/t/h?query=string#hash'));
console.log(url.parse('/p?a=1&b=2&a=3&c&d=x+y&e=%E2%82%AC&f=%zz&&=v', true).query);
console.log(url.parse('/p', true).query, url.parse('/p', true).search);
console.log(url.parse('//host/p', false, true).host, url.parse('//host/p').host);
console.log(url.parse('//user@host/p').host);
const parsed = url.parse('http://x/');
console.log(url.parse(parsed) === parsed, parsed instanceof url.Url);
console.log(Object.keys(url.Url.prototype), Object.keys(new url.Url()));
for (const fn of [() => url.parse(42), () => url.parse('http://%zz@x/')]) {
  try {
    fn();
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}

console.log('-- format');
console.log(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } }));
console.log(url.format({ protocol: 'http:', host: 'h:8', pathname: 'no-leading-slash', search: 'q=1', hash: 'frag' }));
console.log(url.format({ protocol: 'http', hostname: '::1', port: 8080, pathname: '/a?b#c' }));
console.log(url.format({ protocol: 'file', pathname: '/tmp/x' }), url.format({ protocol: 'mailto', auth: 'me', host: 'example.com' }));
console.log(url.format({ protocol: 'foo', slashes: true, host: 'h', search: '?q#x' }));
console.log(url.format({ auth: 'user:p@ss w', host: 'h' }));
console.log(url.format({ query: { a: [1, 'two words'], b: true, c: null, d: NaN, e: 3n, f: {} } }));
console.log(url.format('http://a.com/x?y#z'));
console.log(url.format(url.parse('HTTP://Example.COM/')));
for (const bad of [42, null, () => url.format({ auth: '\ud800', host: 'h' })]) {
  try {
    console.log(typeof bad === 'function' ? bad() : url.format(bad));
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}

console.log('-- resolve');
for (const [from, to] of [
  ['http://a/b/c/d;p?q', 'g'],
  ['http://a/b/c/d;p?q', '../../../g'],
  ['http://a/b/c/d;p?q', '//g'],
  ['http://a/b/c/d;p?q', '?y'],
  ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', ''],
  ['http://a/b/c/d;p?q', '.'],
  ['http://a/b/c/d;p?q', '..'],
  ['http://a/b/c/d;p?q', 'g;x=1/../y'],
  ['http://a/b/c/d;p?q', 'https://x/y'],
  ['http://a/b/c/d;p?q', 'https:y'],
  ['http://a/b/c/d;p?q', 'mailto:x@y'],
  ['mailto:local1@domain1', 'local2@domain2'],
  ['mailto:a@b', '?subject=hi'],
  ['/foo/bar/baz', 'quux'],
  ['/foo/bar/baz', '../../../../../quux'],
  ['foo/bar', '../../../baz'],
  ['http://example.com/b//c//d;p?q#blarg', 'http:g'],
  ['http://example.com/b//c//d;p?q#blarg', 'http:/g'],
  ['http://u:p@a.com/x', '//b.com/y'],
  ['http://u:p@a.com/x', '/y'],
  ['file:///a/b', 'c'],
  ['http://a', 'b'],
  ['http://a/', '.././x/../y'],
  ['', 'a'],
  ['x:y/z', '../w'],
]) console.log(JSON.stringify(from), JSON.stringify(to), url.resolve(from, to));
console.log(url.resolveObject('http://a/b/c?x', '../d?y#z'));
console.log(url.resolveObject('', 'kept as is'));
console.log(url.parse('http://a/b').resolve('c/d'));
