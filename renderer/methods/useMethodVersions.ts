import { useEffect, useState } from 'react';
import type { MethodTemplate, MethodTemplateInput } from '@shared/methods/methodTemplate';
import { useService } from '../services/services';
import type { VersionSave } from '../meetings/methodRepository';
import { methodRepositoryKey } from '../meetings/methodRepositoryKey';
import { reportStorageError } from '../persistence/storageProblems';
import { useRemoteVersion } from '../sync/useRemoteVersion';

export interface MethodVersions {
  /** Oldest first; undefined while loading, empty when the template does not exist. */
  versions: MethodTemplate[] | undefined;
  /** Saves an edit of version `base`; refused when a newer one arrived meanwhile (see saveNewVersion). */
  save(edit: MethodTemplateInput, base: number): Promise<VersionSave>;
}

export function useMethodVersions(id: string): MethodVersions {
  const methods = useService(methodRepositoryKey);
  const [versions, setVersions] = useState<MethodTemplate[] | undefined>(undefined);
  // A version another member published shows in the history; the form keeps what is being typed.
  const remoteVersion = useRemoteVersion('methodTemplates');
  useEffect(() => {
    let current = true;
    methods.versions(id).then((found) => current && setVersions(found), reportStorageError);
    return () => {
      current = false;
    };
  }, [methods, id, remoteVersion]);

  const save = async (edit: MethodTemplateInput, base: number) => {
    const result = await methods.saveNewVersion(id, edit, base);
    if ('saved' in result) setVersions((previous) => [...(previous ?? []), result.saved]);
    else setVersions(await methods.versions(id));
    return result;
  };
  return { versions, save };
}
