#!/usr/bin/env python3
"""Run Node's own tests (from a copy of Node's test/ folder) against corral.

    python3 tests/node_compat/run.py NODE_TEST_DIR           # the claimed tests
    python3 tests/node_compat/run.py NODE_TEST_DIR --discover buffer fs
    python3 tests/node_compat/run.py NODE_TEST_DIR --discover all --report r.json
    NODE_TEST_DIR=/tmp/node_test/test python3 tests/node_compat/run.py

NODE_TEST_DIR is Node's test/ folder (or a checkout holding one, such as
denoland/node_test). Each test runs as `corral run -A <file>` in a scratch tree

    WORK/test/common      a copy of tests/node_compat/common (our shim)
    WORK/test/fixtures    -> NODE_TEST_DIR/fixtures (and the other folders)
    WORK/test/parallel/   a copy of the test file

with WORK as the working directory, so `require('../common')` loads our shim.

A test passes when it exits 0 within the timeout. A test that prints Node's
skip line (`1..0 # Skipped: ...`) is counted as skipped, never as passed.
Tests whose `// Flags:` header holds a flag we cannot honour are not run.

The claims file lists the tests we claim pass; module headers are lines
`# module: NAME`, other `#` lines are comments. The last line printed is
`N passed, M failed`; the exit code is 1 if any claimed test failed.
"""

import argparse
import concurrent.futures
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CLAIMS = os.path.join(HERE, 'claims.txt')
SHIM = os.path.join(HERE, 'common')

# `// Flags:` we can run without: they only change what Node prints, or the
# shim applies them (see common/index.js, NODE_COMPAT_FLAGS).
HONOURED_FLAGS = {
    '--no-warnings',
    '--trace-warnings',
    '--no-deprecation',
    '--throw-deprecation',
    '--trace-deprecation',
}

# What `--discover MODULE` runs for the modules we track (globs inside
# parallel/, without the `test-` prefix and `.js` suffix). Any other MODULE
# means `MODULE-*` and `MODULE`.
MODULES = {
    'buffer': ['buffer-*', 'buffer'],
    'events': ['event-emitter-*', 'events-*', 'events', 'event-capture-rejections',
               'eventemitter-asyncresource'],
    'eventtarget': ['eventtarget*', 'event-target', 'abortcontroller*',
                    'abortsignal*', 'abort-controller-*', 'aborted-util'],
    'stream': ['stream-*', 'stream2-*', 'stream3-*', 'streams-*', 'readable-*'],
    'path': ['path-*', 'path'],
    'url': ['url-*', 'url', 'whatwg-url-*'],
    'util': ['util-*', 'util', 'diff'],
    'assert': ['assert-*', 'assert'],
    'string_decoder': ['string-decoder-*', 'string-decoder'],
    'querystring': ['querystring-*', 'querystring'],
    'timers': ['timers-*', 'timers'],
    'process': ['process-*', 'process'],
    'fs': ['fs-*', 'fs', 'file-write-stream*'],
    'os': ['os-*', 'os'],
    'readline': ['readline-*', 'readline'],
    'crypto': ['crypto-hash*', 'crypto-hmac*', 'crypto-random*',
               'crypto-oneshot-hash*', 'crypto-default-shake-lengths*'],
    'console': ['console-*', 'console'],
    'vm': ['vm-*', 'vm'],
    'async_hooks': ['async-local-storage-*', 'async-hooks-*', 'asyncresource-*', 'als-*'],
    'domain': ['domain-*', 'domain'],
    'test_runner': ['runner-*', 'parse-test-only-envs'],
    'module': ['module-*', 'require-*'],
    'worker_threads': ['worker-message*', 'messagechannel', 'broadcastchannel*'],
    'perf_hooks': ['perf-hooks-*', 'performance*'],
    'zlib': ['zlib*'],
    'webstreams': ['webstream-*', 'webstreams-*', 'whatwg-webstreams-*', 'whatwg-readablestream*',
                   'whatwg-writablestream*', 'whatwg-transformstream*'],
}

SKIP_RE = re.compile(r'^1\.\.0 # Skipped:?(.*)$', re.M)

# Static hints about why a test cannot pass in corral, shown in --discover.
HINTS = [
    ('child_process', re.compile(
        r"require\(['\"](node:)?child_process['\"]\)|common/child_process|"
        r"spawnPromisified|childShouldThrowAndAbort|process\.execPath")),
    ('internals', re.compile(r"internal/|internalBinding|process\.binding")),
    ('network', re.compile(
        r"require\(['\"](node:)?(net|http|https|http2|tls|dgram|dns)['\"]\)")),
    ('worker', re.compile(r"require\(['\"](node:)?worker_threads['\"]\)")),
    ('vm', re.compile(r"require\(['\"](node:)?vm['\"]\)")),
]


def read_header(path):
    with open(path, 'rb') as f:
        return f.read(1500).decode('utf-8', 'replace')


def parse_metadata(path):
    head = read_header(path)
    flags, envs = [], {}
    m = re.search(r'^// Flags:\s+(--.*?)\s*$', head, re.M)
    if m:
        flags = m.group(1).split()
    m = re.search(r'^// Env:\s+(.*?)\s*$', head, re.M)
    if m:
        for pair in m.group(1).split():
            name, _, value = pair.partition('=')
            envs[name] = value
    return flags, envs


def hints_for(path):
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            src = f.read()
    except OSError:
        return []
    return [name for name, rx in HINTS if rx.search(src)]


def find_node_test_dir(arg):
    path = arg or os.environ.get('NODE_TEST_DIR')
    if not path:
        sys.exit('run.py: give the path of Node\'s test/ folder '
                 '(argument or NODE_TEST_DIR)')
    path = os.path.abspath(path)
    if not os.path.isdir(os.path.join(path, 'parallel')) and \
            os.path.isdir(os.path.join(path, 'test', 'parallel')):
        path = os.path.join(path, 'test')
    if not os.path.isdir(os.path.join(path, 'parallel')):
        sys.exit(f'run.py: {path} does not look like Node\'s test/ folder '
                 '(no parallel/ inside)')
    return path


def find_corral(arg):
    path = arg or os.environ.get('CORRAL') or \
        os.path.join(REPO, 'target', 'release', 'corral')
    path = os.path.abspath(path)
    if not os.access(path, os.X_OK):
        sys.exit(f'run.py: no corral binary at {path} (build it, or pass --corral)')
    return path


def read_claims(path):
    """[(module, test)] in file order."""
    claims, module = [], 'other'
    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = raw.strip()
            if not line:
                continue
            if line.startswith('#'):
                m = re.match(r'#\s*module:\s*(\S+)', line)
                if m:
                    module = m.group(1)
                continue
            claims.append((module, line.split()[0]))
    return claims


class Work:
    """The scratch tree the tests run in."""

    def __init__(self, node_test, keep=False):
        self.node_test = node_test
        self.keep = keep
        self.root = tempfile.mkdtemp(prefix='corral-node-compat-')
        self.test = os.path.join(self.root, 'test')
        os.mkdir(self.test)
        shutil.copytree(SHIM, os.path.join(self.test, 'common'))
        for entry in sorted(os.listdir(node_test)):
            if entry in ('common', 'parallel', 'sequential') or entry.startswith('.tmp'):
                continue
            os.symlink(os.path.join(node_test, entry), os.path.join(self.test, entry))
        for d in ('parallel', 'sequential'):
            os.mkdir(os.path.join(self.test, d))

    def place(self, rel):
        src = os.path.join(self.node_test, rel)
        dst = os.path.join(self.test, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(src, dst)
        return dst

    def close(self):
        if self.keep:
            print(f'(scratch tree kept in {self.root})', file=sys.stderr)
        else:
            shutil.rmtree(self.root, ignore_errors=True)


def summarize(stdout, stderr):
    """One line saying why a test failed."""
    text = stderr + '\n' + stdout
    lines = [l.rstrip() for l in text.splitlines() if l.strip()]
    if not lines:
        return '(no output)'
    patterns = [
        r'^\s*(Uncaught\s+)?(\w*Error|Error)( \[\w+\])?: .*',
        r'^Mismatched .*',
        r'^\s*\w*Error( \[\w+\])?:?$',
    ]
    for pat in patterns:
        for i, l in enumerate(lines):
            if re.match(pat, l):
                msg = l.strip()
                if msg.startswith('Mismatched'):
                    # name the test line that made the check
                    where = next((x.strip() for x in lines[i + 1:i + 12]
                                  if '/test/parallel/' in x or '/test/sequential/' in x), '')
                    m = re.search(r'(test-[^/:\s]+:\d+)', where)
                    if m:
                        msg += f' ({m.group(1)})'
                    return msg[:400]
                # assertion messages often continue on the next lines
                if msg.endswith(':') or msg.endswith('Error') or \
                        msg.endswith('deep-equal:') or msg.endswith('equal:'):
                    msg += ' ' + ' '.join(x.strip() for x in lines[i + 1:i + 4])
                code = re.search(r"code: '(\w+)'", text)
                if code and code.group(1) not in msg:
                    msg += f" [code: {code.group(1)}]"
                return msg[:400]
    return lines[-1].strip()[:400]


def run_one(corral, work, rel, timeout, slot, flags, envs):
    path = work.place(rel)
    env = dict(os.environ)
    env.update(envs)
    env['TEST_THREAD_ID'] = str(slot)
    env['NODE_COMPAT_FLAGS'] = ' '.join(flags)
    env.pop('NODE_TEST_DIR', None)
    start = time.monotonic()
    try:
        proc = subprocess.run(
            [corral, 'run', '-A', path], cwd=work.root, env=env,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, timeout=timeout)
        code = proc.returncode
        out = proc.stdout.decode('utf-8', 'replace')
        err = proc.stderr.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired as e:
        code = None
        out = (e.stdout or b'').decode('utf-8', 'replace')
        err = (e.stderr or b'').decode('utf-8', 'replace')
    elapsed = time.monotonic() - start
    skipped = SKIP_RE.search(out)
    if code is None:
        status, reason = 'fail', f'timeout after {timeout}s'
    elif code == 0 and skipped:
        status, reason = 'skip', skipped.group(1).strip()
    elif code == 0:
        status, reason = 'pass', ''
    else:
        status, reason = 'fail', f'exit {code}: ' + summarize(out, err)
    return {
        'test': rel, 'status': status, 'reason': reason, 'code': code,
        'seconds': round(elapsed, 2),
        'stdout': out[-4000:], 'stderr': err[-4000:],
    }


def run_all(corral, node_test, tests, jobs, timeout, keep, progress=None):
    """tests: list of rel paths. Returns {rel: result}."""
    work = Work(node_test, keep)
    results = {}
    try:
        slots = list(range(jobs))
        todo = []
        for rel in tests:
            src = os.path.join(node_test, rel)
            if not os.path.isfile(src):
                results[rel] = {'test': rel, 'status': 'fail',
                                'reason': 'no such test in NODE_TEST_DIR',
                                'code': None, 'stdout': '', 'stderr': ''}
                continue
            flags, envs = parse_metadata(src)
            bad = [f for f in flags if f not in HONOURED_FLAGS]
            if bad:
                results[rel] = {'test': rel, 'status': 'flags',
                                'reason': 'needs ' + ' '.join(bad),
                                'code': None, 'stdout': '', 'stderr': ''}
                continue
            todo.append((rel, flags, envs))
        if progress:
            for res in results.values():
                progress(res)

        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            lock = threading.Lock()

            def task(item):
                rel, flags, envs = item
                with lock:
                    slot = slots.pop()
                try:
                    return run_one(corral, work, rel, timeout, slot, flags, envs)
                finally:
                    with lock:
                        slots.append(slot)

            for res in pool.map(task, todo):
                results[res['test']] = res
                if progress:
                    progress(res)
    finally:
        work.close()
    return results


def discover(args, corral, node_test):
    tests = []
    wanted = list(MODULES) if args.discover == ['all'] else args.discover
    for mod in wanted:
        if mod in MODULES:
            pats = [f'test-{p}.js' for p in MODULES[mod]]
        elif '*' in mod or '?' in mod:
            pats = [f'test-{mod}.js']
        else:
            pats = [f'test-{mod}-*.js', f'test-{mod}.js']
        for pat in pats:
            for p in sorted(glob.glob(os.path.join(node_test, 'parallel', pat))):
                rel = os.path.relpath(p, node_test)
                if rel not in tests:
                    tests.append(rel)
    if not tests:
        sys.exit('run.py: no tests match ' + ' '.join(args.discover))
    claimed = {t for _, t in read_claims(args.claims)} if os.path.exists(args.claims) else set()

    def progress(res):
        if args.verbose:
            print(f"  {res['status']:5} {res['test']}", file=sys.stderr, flush=True)

    results = run_all(corral, node_test, tests, args.jobs, args.timeout, args.keep, progress)
    counts = {}
    for rel in tests:
        res = results[rel]
        counts[res['status']] = counts.get(res['status'], 0) + 1
        mark = {'pass': 'PASS', 'fail': 'FAIL', 'skip': 'SKIP', 'flags': 'FLAGS'}[res['status']]
        extra = ''
        if res['status'] == 'fail':
            h = hints_for(os.path.join(node_test, rel))
            extra = (' [' + ','.join(h) + ']' if h else '') + ' ' + res['reason']
        elif res['reason']:
            extra = ' ' + res['reason']
        star = '*' if rel in claimed else ' '
        print(f'{mark:5} {star} {rel}{extra}')
    print()
    print('passing tests not yet claimed:')
    for rel in tests:
        if results[rel]['status'] == 'pass' and rel not in claimed:
            print(rel)
    lost = [rel for rel in tests if rel in claimed and results[rel]['status'] != 'pass']
    if lost:
        print()
        print('claimed tests that did not pass:')
        for rel in lost:
            print(rel)
    if args.report:
        with open(args.report, 'w') as f:
            json.dump([results[r] for r in tests], f, indent=1)
    print()
    # Deliberately not the `N passed, M failed` form the CI looks for.
    print(f"discovered {len(tests)} tests: {counts.get('pass', 0)} pass, "
          f"{counts.get('fail', 0)} fail, {counts.get('skip', 0)} skip, "
          f"{counts.get('flags', 0)} not run (flags)")
    return 0


def run_claims(args, corral, node_test):
    claims = read_claims(args.claims)
    if args.filter:
        claims = [(m, t) for m, t in claims if re.search(args.filter, t)]
    modules = []
    for m, _ in claims:
        if m not in modules:
            modules.append(m)
    tests = [t for _, t in claims]

    def progress(res):
        if args.verbose or res['status'] != 'pass':
            print(f"{res['status']:5} {res['test']} {res['reason']}".rstrip(), flush=True)
            if res['status'] != 'pass' and args.verbose:
                for stream in ('stdout', 'stderr'):
                    tail = res[stream].strip().splitlines()[-25:]
                    for line in tail:
                        print(f'    | {line}')

    results = run_all(corral, node_test, tests, args.jobs, args.timeout, args.keep, progress)
    if args.report:
        with open(args.report, 'w') as f:
            json.dump([results[t] for t in tests], f, indent=1)
    print()
    width = max([len(m) for m in modules] + [6])
    print(f"{'module':<{width}}  passed  failed")
    total_pass = total_fail = 0
    for m in modules:
        mine = [t for mm, t in claims if mm == m]
        p = sum(1 for t in mine if results[t]['status'] == 'pass')
        f = len(mine) - p
        total_pass += p
        total_fail += f
        print(f'{m:<{width}}  {p:>6}  {f:>6}')
    print(f'{total_pass} passed, {total_fail} failed')
    return 1 if total_fail else 0


def main():
    ap = argparse.ArgumentParser(
        description='Run Node\'s own tests against corral.',
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument('node_test_dir', nargs='?',
                    help="Node's test/ folder (default: $NODE_TEST_DIR)")
    ap.add_argument('--discover', nargs='+', metavar='MODULE',
                    help='run every parallel/test-MODULE-*.js and report which pass; '
                         'MODULE may be one of the tracked modules (' + ', '.join(MODULES) +
                         '), "all" of them, or a glob such as "crypto-hash*"')
    ap.add_argument('--claims', default=DEFAULT_CLAIMS, help='claims file')
    ap.add_argument('--corral', help='corral binary (default: $CORRAL or '
                                     'target/release/corral)')
    ap.add_argument('--timeout', type=float, default=60, help='seconds per test (60)')
    ap.add_argument('-j', '--jobs', type=int,
                    default=max(1, min(4, os.cpu_count() or 1)))
    ap.add_argument('--filter', help='only claimed tests matching this regex')
    ap.add_argument('--report', help='write every result (with output tails) as JSON')
    ap.add_argument('--keep', action='store_true', help='keep the scratch tree')
    ap.add_argument('-v', '--verbose', action='store_true')
    args = ap.parse_args()
    node_test = find_node_test_dir(args.node_test_dir)
    corral = find_corral(args.corral)
    if args.discover:
        return discover(args, corral, node_test)
    return run_claims(args, corral, node_test)


if __name__ == '__main__':
    sys.exit(main())
