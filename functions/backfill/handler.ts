// Placeholder so the infrastructure can reference the entry; replaced by the real handler.
export const handler = async (): Promise<void> => {};
