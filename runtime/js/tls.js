'use strict';

// Node's `tls`: constants and checkServerIdentity load; connections,
// servers and secure contexts throw ERR_ACCESS_DENIED until the network
// actor exists.

const { refusedClass, refusedFunction } = require('internal/refused');

const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
  'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
  'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

// ALPN protocol list -> length-prefixed buffer.
function convertALPNProtocols(protocols, out) {
  const { Buffer } = require('buffer');
  if (Array.isArray(protocols)) {
    const parts = [];
    for (const p of protocols) {
      const bytes = Buffer.from(p);
      parts.push(Buffer.from([bytes.length]), bytes);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}

function hostMatches(host, pattern) {
  host = host.toLowerCase().replace(/\.$/, '');
  pattern = pattern.toLowerCase().replace(/\.$/, '');
  if (!pattern.includes('*')) return host === pattern;
  const hostParts = host.split('.');
  const patternParts = pattern.split('.');
  if (hostParts.length !== patternParts.length || patternParts.length < 3) return false;
  for (let i = patternParts.length - 1; i > 0; i--) {
    if (patternParts[i] !== hostParts[i]) return false;
  }
  const [prefix, suffix] = patternParts[0].split('*');
  const first = hostParts[0];
  return patternParts[0].split('*').length === 2 && first.length >= prefix.length + suffix.length &&
    first.startsWith(prefix) && first.endsWith(suffix);
}

// Checks a certificate's names against a host name (no network needed).
function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = `${hostname}`;
  if (altNames) {
    for (const name of altNames.split(', ')) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(name.slice(11));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  const isIP = require('net').isIP(hostname);
  if (isIP) {
    valid = ips.includes(hostname);
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const names = dnsNames.length > 0 ? dnsNames : [].concat(subject.CN);
    valid = names.some((name) => hostMatches(hostname, name));
    if (!valid) {
      reason = dnsNames.length > 0 ?
        `Host: ${hostname}. is not in the cert's altnames: ${altNames}` :
        `Host: ${hostname}. is not cert's CN: ${subject.CN}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) {
    const error = new Error(`Hostname/IP does not match certificate's altnames: ${reason}`);
    error.code = 'ERR_TLS_CERT_ALTNAME_INVALID';
    error.reason = reason;
    error.host = hostname;
    error.cert = cert;
    return error;
  }
  return undefined;
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers() {
    return [];
  },
  getCertificateCompressionAlgorithms() {
    return [];
  },
  rootCertificates: Object.freeze([]),
  getCACertificates() {
    return [];
  },
  setDefaultCACertificates: refusedFunction('tls.setDefaultCACertificates', 'Net'),
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext: refusedFunction('tls.createSecureContext', 'Net'),
  SecureContext: refusedClass('tls.SecureContext', 'Net', 'SecureContext'),
  TLSSocket: refusedClass('tls.TLSSocket', 'Net', 'TLSSocket'),
  Server: refusedClass('tls.Server', 'Net', 'Server'),
  createServer: refusedFunction('tls.createServer', 'Net'),
  connect: refusedFunction('tls.connect', 'Net'),
};
