'use strict';
// The WHATWG URL class: parsing of tricky inputs (IDNA, IPv4/IPv6 hosts, percent-
// encoding, dot segments, relative references), setters, statics, serialization and
// Node's inspect output. Expected output: Node 24's.

function parts(url) {
  return [url.href, url.origin, url.protocol, url.username, url.password, url.host,
    url.hostname, url.port, url.pathname, url.search, url.hash].join(' | ');
}

function show(input, base) {
  try {
    const url = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify(input), '=>', parts(url));
  } catch (error) {
    console.log(JSON.stringify(input), '=>', error.name, error.code, error.message,
      JSON.stringify(error.input), JSON.stringify(error.base));
  }
}

console.log('-- absolute');
for (const input of [
  'HTTP://EXAMPLE.COM:80/a/./b/../c?%7e x#frag ment',
  'https://user:pa ss@example.com:443/',
  'https://ΒΓΔ.com/',
  'https://xn--nxasmq6b.com/',
  'http://💩.la/path',
  'http://münchen.de/ä?ö#ü',
  'http://0x7f.1/',
  'http://4294967295/',
  'http://4294967296/',
  'http://[0:0:0:0:0:0:0:1]:8080/',
  'http://[::FFFF:192.168.0.1]/',
  'http://ex%61mple.com/',
  'http://a b/',
  'http://[::1/',
  'http://example.com/"quotes" <and> `ticks` {braces} ^caret|pipe',
  'http://example.com/?q="x"<y>\'z\'',
  'http:\\\\example.com\\a\\b',
  'http://example.com/%2e%2E/x/%2e/y',
  '  http://example.com/trim \t\n',
  'file:///C:/Windows/../System32',
  'file://localhost/etc/hosts',
  'file://server/share/f.txt',
  'mailto:Someone@Example.com?subject=Hi there',
  'data:text/plain;charset=utf-8,Hello%20World',
  'javascript:alert(1)',
  'blob:https://example.com:8443/uuid',
  'blob:null/uuid',
  'ws://example.com:80/',
  'wss://example.com:443/chat',
  'ftp://user@ftp.example.com:21/file',
  'foo://Host:99/P?Q#F',
  'foo:/.//p',
  'non-special:opaque path ',
  'http://user@/',
  'http:',
  'nope',
  '',
]) show(input);

console.log('-- relative to http://a/b/c/d;p?q');
const base = 'http://a/b/c/d;p?q';
for (const input of ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
  'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
  '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.',
  'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', '\\\\other\\x', '////other/y']) {
  show(input, base);
}
show('x', 'mailto:a@b');
show('?q', 'mailto:a@b');
show('#h', 'mailto:a@b');
show('/p', 'nope');
show('sub/x', 'file:///C:/dir/file');
show('../../..', 'file:///C:/dir/file');
show('/\\x', 'foo://h/p');

console.log('-- setters');
function set(href, field, value) {
  const url = new URL(href);
  url[field] = value;
  console.log(`${href} .${field} = ${JSON.stringify(value)} => ${url.href}`);
}
set('http://a/', 'protocol', 'https');
set('http://a/', 'protocol', 'HTTPS:ignored');
set('http://a/', 'protocol', 'foo');
set('foo://a/', 'protocol', 'http');
set('http://a:8080/', 'protocol', 'file');
set('http://a/', 'protocol', 'file');
set('https://a:8080/', 'protocol', 'http');
set('http://a/', 'username', 'us er@:');
set('http://a/', 'password', 'p@ss:/');
set('file:///x', 'username', 'u');
set('http://u:p@a/', 'username', '');
set('http://u:p@a/', 'password', '');
set('http://a/', 'host', 'b.com:81');
set('http://a:81/', 'host', 'b.com');
set('http://a/', 'host', 'ΒΓΔ.com');
set('http://a/', 'host', '');
set('http://a/', 'host', 'a b');
set('http://a/', 'hostname', 'c.com:99');
set('http://a/', 'hostname', '[::1]');
set('http://a/', 'port', '8080');
set('http://a:8080/', 'port', '');
set('http://a/', 'port', '80');
set('http://a/', 'port', '99999');
set('http://a/', 'port', '12abc');
set('http://a/', 'port', 'abc');
set('file:///x', 'port', '1');
set('http://a/b', 'pathname', 'x y/../z/%2e/?#');
set('http://a/b', 'pathname', '');
set('mailto:a@b', 'pathname', 'x');
set('foo://h/p', 'pathname', 'no-slash');
set('http://a/', 'search', 'a b&c=d');
set('http://a/', 'search', '??x');
set('http://a/?x#h', 'search', '');
set('http://a/', 'hash', 'h a s h');
set('http://a/#x', 'hash', '');
set('http://a/', 'hash', '##x');
set('http://a/', 'href', 'https://b/c');
try {
  new URL('http://a/').href = 'not a url';
} catch (error) {
  console.log('href setter:', error.name, error.code, error.message, error.input);
}

console.log('-- statics and serialization');
console.log(URL.canParse('https://x'), URL.canParse('x'), URL.canParse('x', 'https://y/'), URL.canParse('/x', 'bad'));
console.log(URL.parse('nope'), URL.parse('/p?q', 'https://h/a').href, URL.parse('https://h') instanceof URL);
const url = new URL('https://user:pw@example.org:8443/p/a/t/h?query=string&x=1#hash');
console.log(String(url), url.toString() === url.href, url.toJSON(), JSON.stringify({ url }));
console.log(Object.prototype.toString.call(url), typeof URL.createObjectURL, typeof URL.revokeObjectURL);
console.log(Object.keys(url), Object.getOwnPropertyNames(URL.prototype).join());
console.log(Object.getOwnPropertyNames(URL).join(), URL.length, URL.name);
for (const fn of [
  () => new URL(),
  () => URL.canParse(),
  () => URL.parse(),
  () => URL.createObjectURL({}),
  () => URL.revokeObjectURL(),
  () => new URL('/relative'),
  () => new URL('/p', 'also bad'),
]) {
  try {
    console.log('returned', fn());
  } catch (error) {
    console.log(error.name, error.code, error.message, JSON.stringify(error.input), JSON.stringify(error.base));
  }
}
console.log(URL.revokeObjectURL('blob:nodedata:nothing'));

console.log('-- inspect');
console.log(url);
console.log([new URL('file:///tmp/x')]);
console.log({ nested: { deeper: { url: new URL('http://x/') } } });
class MyURL extends URL {}
console.log(new MyURL('http://sub/class'));
