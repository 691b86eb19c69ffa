import { describe, expect, it } from 'vitest';
import { createAttachmentRepository } from '../../../../renderer/cases/attachmentRepository';
import { testDatabase } from '../db/testDatabase';

const caseId = crypto.randomUUID();
const file = (name: string, size: number) => new File([new Uint8Array(size)], name);
const mb = 1024 * 1024;

describe('attachment repository', () => {
  it('stores an allowed file with its bytes', async () => {
    const repo = createAttachmentRepository(testDatabase());
    const result = await repo.add(caseId, new File(['%PDF-1.7 inhoud'], 'dpia.pdf'), 50 * mb);
    expect(result.ok).toBe(true);
    const [stored] = await repo.forCase(caseId);
    expect(stored).toMatchObject({ name: 'dpia.pdf', type: 'application/pdf', size: 15, removedAt: null });
    expect(await new Response(stored!.blob).text()).toBe('%PDF-1.7 inhoud');
  });

  it('refuses files over the limit, unknown types and empty files, storing nothing', async () => {
    const repo = createAttachmentRepository(testDatabase());
    expect(await repo.add(caseId, file('groot.pdf', 2 * mb + 1), 2 * mb)).toEqual({
      ok: false,
      refusal: { reason: 'size', limitMb: 2 },
    });
    expect(await repo.add(caseId, file('script.svg', 10), 2 * mb)).toEqual({ ok: false, refusal: { reason: 'type' } });
    expect(await repo.add(caseId, file('pagina.html', 10), 2 * mb)).toEqual({ ok: false, refusal: { reason: 'type' } });
    expect(await repo.add(caseId, file('leeg.docx', 0), 2 * mb)).toEqual({ ok: false, refusal: { reason: 'empty' } });
    expect(await repo.forCase(caseId)).toEqual([]);
  });

  it('removes reversibly', async () => {
    const repo = createAttachmentRepository(testDatabase());
    const added = await repo.add(caseId, file('plan.docx', 3), mb);
    if (!added.ok) throw new Error('not added');
    await repo.setRemoved(added.attachment.id, true);
    expect((await repo.get(added.attachment.id))?.removedAt).not.toBeNull();
    await repo.setRemoved(added.attachment.id, false);
    expect((await repo.get(added.attachment.id))?.removedAt).toBeNull();
  });
});
