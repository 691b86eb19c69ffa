import { describe, expect, it, vi } from 'vitest';
import { keepSafetyCopy, type SavePicker } from '../../../../renderer/platform/webBridge';

const bytes = new Uint8Array([80, 75, 3, 4]);

/** A save dialog whose file records what happens to it; `closing` decides when close() resolves. */
function fakePicker(closing: Promise<void> = Promise.resolve(), failWrite = false) {
  const steps: string[] = [];
  const picker: SavePicker = vi.fn(async ({ suggestedName }) => {
    steps.push(`picked ${suggestedName}`);
    return {
      createWritable: async () => ({
        write: async () => {
          if (failWrite) throw new Error('schijf vol');
          steps.push('write');
        },
        close: async () => {
          await closing;
          steps.push('close');
        },
        abort: async () => void steps.push('abort'),
      }),
    };
  });
  return { picker, steps };
}

describe('keepSafetyCopy', () => {
  it('counts the copy as saved only once the file is closed', async () => {
    let close = () => {};
    const { picker, steps } = fakePicker(new Promise<void>((resolve) => (close = resolve)));
    let outcome: string | null = null;
    const keeping = keepSafetyCopy('kopie.zip', bytes, picker, () => {}).then((value) => (outcome = value));
    await vi.waitFor(() => expect(steps).toEqual(['picked kopie.zip', 'write']));
    expect(outcome).toBeNull();
    close();
    await keeping;
    expect(outcome).toBe('saved');
    expect(steps).toEqual(['picked kopie.zip', 'write', 'close']);
  });

  it('answers cancelled when the user closes the dialog, and writes nothing', async () => {
    const picker: SavePicker = async () => {
      throw new DOMException('The user aborted a request.', 'AbortError');
    };
    const offer = vi.fn();
    expect(await keepSafetyCopy('kopie.zip', bytes, picker, offer)).toBe('cancelled');
    expect(offer).not.toHaveBeenCalled();
  });

  it('aborts the file and fails when writing fails', async () => {
    const { picker, steps } = fakePicker(Promise.resolve(), true);
    await expect(keepSafetyCopy('kopie.zip', bytes, picker, () => {})).rejects.toThrow('schijf vol');
    expect(steps).toEqual(['picked kopie.zip', 'abort']);
  });

  it('only offers a download where the browser has no save dialog, which the user must then confirm', async () => {
    const offer = vi.fn();
    expect(await keepSafetyCopy('kopie.zip', bytes, undefined, offer)).toBe('offered');
    expect(offer).toHaveBeenCalledWith('kopie.zip', bytes);
  });
});
