/**
 * The worker_threads entry of {@link FillPool}: fills the pieces it is sent, in place in their
 * SharedArrayBuffer, and answers each with its id.
 */
import { parentPort } from 'node:worker_threads';
import { type FillTask, fillPiece } from './fillPiece.js';

parentPort?.on('message', (message: { id: number; task: FillTask }) => {
  try {
    fillPiece(message.task);
    parentPort?.postMessage({ id: message.id });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: String(error) });
  }
});
