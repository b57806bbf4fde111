import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossarySchema, supportSchema, SUPPORT_REGIONS } from '~/content/data-schemas';
import { REPO_ROOT } from '../../helpers/paths';

const yamlFiles = (folder: string) =>
  readdirSync(join(REPO_ROOT, 'content', folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      file: `content/${folder}/${f}`,
      data: parse(readFileSync(join(REPO_ROOT, 'content', folder, f), 'utf8')),
    }));

describe.each(yamlFiles('glossary'))('$file', ({ file, data }) => {
  // Each language sorts by its own alphabet: in Welsh "ch", "dd", "ll" and "th" are letters of their own.
  const locale = file.replace(/^.*\/|\.yaml$/g, '');
  const entries = glossarySchema.parse(data);

  it('has unique ids and every "see also" points at a term in the glossary', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const unknown = entries.flatMap((e) =>
      (e.seeAlso ?? []).filter((id) => !ids.includes(id)).map((id) => `${e.id} -> ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('is in alphabetical order, so people can scan it', () => {
    const terms = entries.map((e) => e.term.toLowerCase());
    expect(terms).toEqual([...terms].sort(new Intl.Collator(locale).compare));
  });
});

describe.each(yamlFiles('support'))('$file', ({ data }) => {
  const organisations = supportSchema.parse(data);

  it('has unique ids', () => {
    const ids = organisations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists at least one organisation for the whole UK and for each nation', () => {
    const empty = SUPPORT_REGIONS.filter((region) => !organisations.some((o) => o.nations.includes(region)));
    expect(empty).toEqual([]);
  });
});

// A trust fills in phone numbers and postal addresses for families on paper, and the day it checked them.
describe('the support content for paper', () => {
  const base = {
    id: 'example',
    name: 'Example',
    description: 'Help.',
    nations: ['uk'],
    topics: ['information'],
    website: 'https://example.org/',
  };

  it('takes an optional postal address and the date the trust checked the details', () => {
    const [parsed] = supportSchema.parse([{ ...base, address: 'PO Box 1\nTown AB1 2CD', checked: '2026-03-31' }]);
    expect(parsed).toMatchObject({ address: 'PO Box 1\nTown AB1 2CD', checked: '2026-03-31' });
    expect(supportSchema.parse([base])[0]).not.toHaveProperty('checked');
  });

  it.each(['31/03/2026', '2026-02-30', 'last week'])('says a checked date like "%s" is not one', (checked) => {
    const result = supportSchema.safeParse([{ ...base, checked }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([0, 'checked']);
  });
});
