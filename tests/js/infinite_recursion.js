function forever(n) {
  return forever(n + 1) + 1;
}
try {
  forever(0);
} catch (error) {
  console.log('caught', error instanceof RangeError, error.message);
}
forever(0);
