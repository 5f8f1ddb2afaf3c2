// perf_hooks User Timing: marks, measures, an observer and entry inspection,
// with timings normalised. (Expected: Node 24.)
const { performance, PerformanceObserver, PerformanceMark, createHistogram } = require('perf_hooks');
const util = require('util');

const show = (entry) => util.inspect(entry)
  .replace(/startTime: [\d.e+-]+/, 'startTime: T')
  .replace(/duration: [\d.e+-]+/, 'duration: D');

const observer = new PerformanceObserver((list, obs) => {
  for (const entry of list.getEntries()) console.log('observed', entry.entryType, entry.name);
  obs.disconnect();
  const histogram = createHistogram();
  for (const value of [1, 2, 3, 4]) histogram.record(value);
  console.log('histogram', histogram.count, histogram.min, histogram.max, histogram.mean, histogram.exceeds);
  console.log('timerify', typeof performance.timerify(function f() {}));
  console.log('toJSON', Object.keys(performance.toJSON()));
});
observer.observe({ entryTypes: ['mark', 'measure'] });

const start = performance.mark('start', { detail: { step: 1 } });
console.log(show(start));
console.log(start instanceof PerformanceMark, Object.prototype.toString.call(start));
performance.mark('end');
const measure = performance.measure('span', { start: 'start', end: 'end', detail: 'info' });
console.log(show(measure));
console.log(performance.getEntriesByType('mark').map((e) => e.name));
console.log(performance.getEntriesByName('span').map((e) => e.entryType));
performance.clearMarks('start');
console.log(performance.getEntries().map((e) => e.name));
try {
  performance.measure('bad', 'missing');
} catch (e) {
  console.log(e.name, e.message);
}
console.log(performance.eventLoopUtilization(), performance.nodeTiming.loopStart);
