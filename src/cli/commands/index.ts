import type { RegisterCommand } from '../context.js';
import { registerBrief } from './brief.js';
import { registerDecode } from './decode.js';
import { registerDemo } from './demo.js';
import { registerDyad } from './dyad.js';
import { registerDyads } from './dyads.js';
import { registerEval } from './eval.js';
import { registerEvents } from './events.js';
import { registerExport } from './export.js';
import { registerImport } from './import.js';
import { registerIngest } from './ingest.js';
import { registerLedger } from './ledger.js';
import { registerServe } from './serve.js';

/** Every CLI command, in the order `--help` lists them. One file per command. */
export const COMMANDS: readonly RegisterCommand[] = [registerDecode, registerIngest, registerImport, registerExport, registerLedger, registerEvents, registerDyad, registerDyads, registerDemo, registerBrief, registerEval, registerServe];
