import { parentPort, workerData } from "node:worker_threads";
import { parseShare, type WorkerTask } from "./parse-sources.js";

// Entry of the parse worker (bundled as dist/parse-worker.cjs): parses its share of the files and answers once.
const task = workerData as WorkerTask;
void parseShare(task.entries, task.cached, task.config, task.mode).then((results) => parentPort?.postMessage(results));
