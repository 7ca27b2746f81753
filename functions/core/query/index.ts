export * from './articles.js';
export * from './cooccurrence.js';
export * from './cursor.js';
export * from './failures.js';
export * from './names.js';
export * from './range.js';
export * from './top.js';
export * from './trends.js';
