'use strict';
// url's helpers around the WHATWG API: fileURLToPath / pathToFileURL (with Node's
// errors and percent-encoding rules), domainToASCII / domainToUnicode,
// urlToHttpOptions, and url.format(URL, options). Expected: Node 24's.

const url = require('url');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

console.log(url.URL === URL, url.URLSearchParams === URLSearchParams);

console.log('-- fileURLToPath');
for (const input of [
  'file:///etc/passwd',
  'file:///a%20b/%E2%82%AC/c%3F%23',
  'file://localhost/x/y',
  'file:///trailing/',
  'file:///a%2fb',
  'file:///a%2Fb',
  'file://host/share',
  'http://example.com/x',
  'file:///bad%FFutf8',
  'not a url',
]) attempt(JSON.stringify(input), () => url.fileURLToPath(input));
attempt('URL object', () => url.fileURLToPath(new URL('file:///from/object')));
attempt('number', () => url.fileURLToPath(42));
attempt('url-like', () => url.fileURLToPath({ href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/x' }));
attempt('windows', () => url.fileURLToPath('file:///C:/Program%20Files/x', { windows: true }));
attempt('windows UNC', () => url.fileURLToPath('file://server/share/dir/f', { windows: true }));
attempt('windows relative', () => url.fileURLToPath('file:///no-drive', { windows: true }));
attempt('windows %5C', () => url.fileURLToPath('file:///C:/a%5Cb', { windows: true }));
attempt('buffer', () => url.fileURLToPathBuffer('file:///raw%FFbyte'));
try {
  url.fileURLToPath('file:///x%2Fy');
} catch (error) {
  console.log('input is the URL:', error.input instanceof URL, error.input.href);
}

console.log('-- pathToFileURL');
let all = '/';
for (let code = 1; code < 128; code++) if (code !== 0x2f) all += String.fromCharCode(code);
console.log(url.pathToFileURL(all).href);
for (const input of ['/tmp/a b/c', '/tmp/%41/#hash?query', '/é/😀/ü', '/dir/', '/a/b/../c/./d', '/a\\b', '/x\ny\rz\tw']) {
  console.log(JSON.stringify(input), url.pathToFileURL(input).href);
}
const relative = url.pathToFileURL('some/relative/file.txt');
console.log(relative.href === `file://${process.cwd()}/some/relative/file.txt`);
console.log(url.pathToFileURL('rel/dir/').href.endsWith('/rel/dir/'));
console.log(url.pathToFileURL('C:\\Users\\me\\a b.txt', { windows: true }).href);
attempt('number', () => url.pathToFileURL(7));
const roundTrip = '/tmp/weird name/%/#/?/ü';
console.log(url.fileURLToPath(url.pathToFileURL(roundTrip)) === roundTrip);

console.log('-- domains');
for (const domain of ['español.com', 'EXAMPLE.com', 'xn--espaol-zwa.com', 'ΒΓΔ.com', '💩.la', 'xn--iñvalid.com', '1.2.3', '0x7f.1', '[::1]', 'a b', '', 'münchen.de.']) {
  console.log(JSON.stringify(domain), JSON.stringify(url.domainToASCII(domain)), JSON.stringify(url.domainToUnicode(domain)));
}
attempt('no argument', () => url.domainToASCII());

console.log('-- urlToHttpOptions');
console.log(url.urlToHttpOptions(new URL('https://us%20er:p%40ss@xn--espaol-zwa.com:8443/p/a?q=1#h')));
console.log(url.urlToHttpOptions(new URL('http://[::1]/')));
const extended = new URL('http://a.com/');
extended.extra = 'kept';
console.log(url.urlToHttpOptions(extended).extra);

console.log('-- format(URL, options)');
const target = new URL('https://user:pw@xn--espaol-zwa.com:8443/p?q=1#frag');
console.log(url.format(target));
console.log(url.format(target, { unicode: true }));
console.log(url.format(target, { auth: false, search: false, fragment: false }));
console.log(url.format(target, { unicode: 1, auth: 0 }));
attempt('bad options', () => url.format(target, 5));
