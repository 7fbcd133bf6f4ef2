// Writes schema/register.schema.json from the zod schema (run by npm run build); a test checks the
// committed file is current.
import { writeFileSync } from 'node:fs';
import { recordJsonSchema } from '../src/record/index.js';
import { registerJsonSchema } from '../src/register/index.js';

const schema = {
  ...registerJsonSchema,
  $id: 'https://unpkg.com/secmod/schema/register.schema.json',
  title: 'secmod modifications register',
};
writeFileSync('schema/register.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
console.log('schema/register.schema.json written');

const recordSchemaFile = {
  ...recordJsonSchema,
  $id: 'https://unpkg.com/secmod/schema/record.schema.json',
  title: 'secmod record of meetings and releases',
};
writeFileSync('schema/record.schema.json', `${JSON.stringify(recordSchemaFile, null, 2)}\n`);
console.log('schema/record.schema.json written');
