import { loadLeaders } from './leaders.js';
const ps = loadLeaders();
const single = new Map<string, string[]>();
for (const p of ps) for (const a of [p.name, ...p.aliases]) if (!/\s/.test(a)) single.set(a, [...(single.get(a) ?? []), p.id]);
console.log(ps.length, 'people', single.size, 'single-token aliases');
console.log([...single.keys()].sort().join(' '));
