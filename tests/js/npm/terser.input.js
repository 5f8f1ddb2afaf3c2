function add(first, second) { const total = first + second; return total; } console.log(add(1, 2));
