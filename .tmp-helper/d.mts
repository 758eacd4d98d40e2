import { runDemo } from '../src/cli/commands/demo-command.ts';
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { PassThrough } from 'node:stream';
const r = await runDemo({ outDir: '/tmp/mvdemo', focus: 'KAZ' }, new PassThrough());
console.log(r, readdirSync('/tmp/mvdemo'));
const db = new Database(r.db, { readonly: true });
console.log(db.prepare("select name from sqlite_master where type='table'").all().map((x: any) => x.name).join(' '));
