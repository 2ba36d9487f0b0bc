import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './api';

// Sandboxed preload: bundled to CommonJS, and 'electron' is the only module it may require.
contextBridge.exposeInMainWorld('chronicle', createPreloadApi(ipcRenderer));
