import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DeadLetterStore, QueueMessage } from './queue.js';

/** Dead letters of a throwaway (`--memory`) run. */
export class MemoryDeadLetters implements DeadLetterStore {
  private readonly messages = new Map<string, QueueMessage>();

  async list(): Promise<QueueMessage[]> {
    return [...this.messages.values()];
  }

  async put(message: QueueMessage): Promise<void> {
    this.messages.set(message.messageId, { ...message });
  }

  async remove(messageIds: readonly string[]): Promise<QueueMessage[]> {
    const removed: QueueMessage[] = [];
    for (const id of messageIds) {
      const m = this.messages.get(id);
      if (m) removed.push(m);
      this.messages.delete(id);
    }
    return removed;
  }
}

/**
 * Dead letters kept in one JSON file under the data folder, so `newstag dlq` can list and redrive them
 * after a restart. Writes go to a temporary file and are renamed, so a crash never leaves half a file.
 */
export class FileDeadLetters implements DeadLetterStore {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly file: string) {}

  list(): Promise<QueueMessage[]> {
    return this.serial(() => this.read());
  }

  put(message: QueueMessage): Promise<void> {
    return this.serial(async () => {
      const all = (await this.read()).filter((m) => m.messageId !== message.messageId);
      await this.write([...all, message]);
    });
  }

  remove(messageIds: readonly string[]): Promise<QueueMessage[]> {
    return this.serial(async () => {
      const ids = new Set(messageIds);
      const all = await this.read();
      await this.write(all.filter((m) => !ids.has(m.messageId)));
      return all.filter((m) => ids.has(m.messageId));
    });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<QueueMessage[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    try {
      return JSON.parse(text) as QueueMessage[];
    } catch {
      throw new Error(`the dead-letter file ${this.file} is not valid JSON; move it aside to start afresh`);
    }
  }

  private async write(messages: QueueMessage[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    await writeFile(tmp, `${JSON.stringify(messages, null, 2)}\n`);
    await rename(tmp, this.file);
  }
}
