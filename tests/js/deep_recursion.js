// Recursion this deep needs well over 8 MiB of native stack.
function depth(n) {
  return n === 0 ? 0 : 1 + depth(n - 1);
}
console.log(depth(120000));
