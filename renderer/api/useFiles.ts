import { useState } from 'react';
import { connectFiles, type Files } from './files';

/** The one way this window saves and opens files (native dialogs in the desktop app). */
export function useFiles(): Files {
  const [files] = useState(connectFiles);
  return files;
}
