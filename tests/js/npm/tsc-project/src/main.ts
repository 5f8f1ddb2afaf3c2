interface Point { x: number; y: number }
export function add(a: Point, b: Point): Point { return { x: a.x + b.x, y: a.y + b.y }; }
console.log(add({ x: 1, y: 2 }, { x: 3, y: 4 }));
