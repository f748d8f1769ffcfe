import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pocketbaseBinary } from '../../scripts/lib/pocketbase-binary.mjs';
import { root } from '../../scripts/lib/root.mjs';

const MIGRATION = '1796400000_course_pass_mark_decided_by_its_quiz_alone.js';
const landed = join(root, 'pocketbase/pb_migrations');

describe(`migration ${MIGRATION}`, () => {
  let dir: string;
  const flags = () => [
    `--dir=${join(dir, 'data')}`,
    `--migrationsDir=${join(dir, 'migrations')}`,
    // No hooks: the migration alone is under test.
    `--hooksDir=${join(dir, 'hooks')}`,
  ];
  const migrate = (...args: string[]) => {
    const result = spawnSync(pocketbaseBinary(), ['migrate', ...args, ...flags()], { encoding: 'utf8', input: 'y\n' });
    if (result.status !== 0) throw new Error(`pocketbase migrate ${args.join(' ')} failed: ${result.stderr}`);
  };
  const query = <T>(sql: string): T[] => {
    const db = new DatabaseSync(join(dir, 'data/data.db'));
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  };
  const courseColumns = () => query<{ name: string }>('PRAGMA table_info(courses)').map((c) => c.name);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ertad-migration-'));
    mkdirSync(join(dir, 'migrations'));
    mkdirSync(join(dir, 'hooks'));
    for (const file of readdirSync(landed).filter((f) => f.endsWith('.js') && f < MIGRATION))
      copyFileSync(join(landed, file), join(dir, 'migrations', file));
    migrate('up');
    const db = new DatabaseSync(join(dir, 'data/data.db'));
    db.exec(`INSERT INTO courses (id, slug, title, passMark, modules, version, programs) VALUES
      ('course1withquiz', 'with-quiz', '{}', 70, '[]', 'v1', '[]'),
      ('course2noquizzz', 'without-quiz', '{}', 80, '[]', 'v1', '[]')`);
    db.exec(`INSERT INTO quizzes (id, slug, course, passMark, definition) VALUES
      ('quizbbbbbbbbbbb', 'b-quiz', 'course1withquiz', 65, '{}'),
      ('quizaaaaaaaaaaa', 'a-quiz', 'course1withquiz', 55, '{}')`);
    db.close();
    copyFileSync(join(landed, MIGRATION), join(dir, 'migrations', MIGRATION));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('drops the pass mark from courses and keeps every course and quiz', () => {
    migrate('up');
    expect(courseColumns()).not.toContain('passMark');
    expect(query<{ slug: string }>('SELECT slug FROM courses ORDER BY slug').map((c) => c.slug)).toEqual([
      'with-quiz',
      'without-quiz',
    ]);
    expect(query('SELECT slug, passMark FROM quizzes ORDER BY slug')).toEqual([
      { slug: 'a-quiz', passMark: 55 },
      { slug: 'b-quiz', passMark: 65 },
    ]);
  });

  it('when reverted, gives courses their required pass mark back, filled from their first quiz', () => {
    migrate('down', '1');
    expect(courseColumns()).toContain('passMark');
    const [{ fields }] = query<{ fields: string }>("SELECT fields FROM _collections WHERE name = 'courses'");
    expect(JSON.parse(fields)).toContainEqual(
      expect.objectContaining({ name: 'passMark', type: 'number', required: true, min: 1, max: 100, onlyInt: true }),
    );
    expect(query('SELECT slug, passMark FROM courses ORDER BY slug')).toEqual([
      { slug: 'with-quiz', passMark: 55 },
      { slug: 'without-quiz', passMark: 0 },
    ]);
  });
});
