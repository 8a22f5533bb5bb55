// Run in a separate process by embedded-postgres.test.ts: many pooled
// connections send parameterised statements of different shapes at once, the
// way the app (another process) talks to the embedded server. Prints a JSON summary.
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.argv[2], max: 10 });
let wrong = 0;
let failed = 0;
const firstError = [];
await Promise.all(
  Array.from({ length: 600 }, async (_, i) => {
    const params = Array.from({ length: 1 + (i % 5) }, (_, k) => i * 10 + k);
    const columns = params.map((_, k) => `$${k + 1}::int AS c${k}_${i % 5}`).join(', ');
    // Long statements arrive in several TCP chunks, as Prisma's often do.
    const padding = i % 3 === 0 ? ` /* ${'x'.repeat(40_000 + i)} */` : '';
    try {
      const { rows } = await pool.query(`SELECT ${columns}${padding}`, params);
      const expected = Object.fromEntries(params.map((value, k) => [`c${k}_${i % 5}`, value]));
      if (JSON.stringify(rows[0]) !== JSON.stringify(expected)) wrong++;
    } catch (error) {
      failed++;
      if (firstError.length === 0) firstError.push(String(error));
    }
  }),
);
await pool.end();
console.log(JSON.stringify({ wrong, failed, firstError: firstError[0] ?? null }));
