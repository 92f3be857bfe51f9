import { describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import type { Annotation, User } from '../api/index.js';
import { SessionProvider } from '../session/index.js';
import { AnnotationItem } from './annotation-item.js';
import { draftFrom } from './annotation-form.js';
import { HighlightedSentence } from './highlighted-sentence.js';

const user = (id: string, admin = false): User => ({ id, email: `${id}@example.org`, name: id, admin, createdAt: '2025-06-01T00:00:00Z' });

const note: Annotation = {
  id: 'a1', target: { kind: 'event', id: 'ev-1' }, kind: 'correction', body: 'Russia did not deliver; this is a refusal.',
  correction: { code: '1243' }, authorId: 'ana', authorName: 'Ana', createdAt: '2025-06-20T10:00:00Z', updatedAt: '2025-06-20T10:00:00Z',
};

const asUser = (u: User | null, editing = false): string =>
  render(<SessionProvider initialUser={u}><ul><AnnotationItem annotation={note} onChanged={() => undefined} editing={editing} /></ul></SessionProvider>);

describe('HighlightedSentence', () => {
  it('marks each part and names it for screen readers', () => {
    const html = render(<HighlightedSentence sentence="Moscow condemned Tehran." highlights={{ source: { start: 0, end: 6 }, verb: { start: 7, end: 16 }, target: { start: 17, end: 23 } }} />);
    expect(html).toContain('<mark class="hl hl-source" data-part="source">Moscow<span class="sr-only"> (source)</span></mark>');
    expect(html).toContain('<mark class="hl hl-verb" data-part="verb">condemned<span class="sr-only"> (verb)</span></mark>');
    expect(html).toMatch(/Tehran<span class="sr-only"> \(target\)<\/span><\/mark>\.<\/span>$/);
  });
});

describe('AnnotationItem', () => {
  it('offers edit and delete to the author and to an admin only', () => {
    expect(asUser(user('ana'))).toContain('>Edit<');
    expect(asUser(user('root', true))).toContain('>Delete<');
    const other = asUser(user('ben'));
    expect(other).not.toContain('>Edit<');
    expect(other).not.toContain('>Delete<');
    expect(asUser(null)).not.toContain('>Edit<');
  });

  it('shows the correction beside the note', () => {
    const html = asUser(null);
    expect(html).toContain('Russia did not deliver; this is a refusal.');
    expect(html).toContain('Right coding: 1243');
  });

  it('opened for editing by someone else, warns that only the author may change it', () => {
    const html = asUser(user('ben'), true);
    expect(html).toContain('only its author or an admin can change it');
    expect(html).toContain('Save changes');
  });
});

describe('draftFrom', () => {
  it('sends only the correction fields given, actor codes upper-cased', () => {
    expect(draftFrom('correction', ' wrong target ', '1243', '', ' irngov ')).toEqual({ kind: 'correction', body: 'wrong target', correction: { code: '1243', target: 'IRNGOV' } });
    expect(draftFrom('comment', ' fine ', '1243', 'RUS', '')).toEqual({ kind: 'comment', body: 'fine' });
  });
});
